"""The walls between packages, read from the source (AST of ats/**/*.py), so a shortcut fails the build.

- No pair of packages imports each other, directly or through a cycle, counting imports inside functions.
- ats.screening imports nothing of ats; the app reaches it only through its public names, and the sandbox
  and the spaCy lock only through ats/screening_adapter.py.
- Only ats/pipeline/services.py writes an application's stage (submit_application creates it).
- Registration is explicit; an import inside a function says why.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import ats.screening

ROOT = Path(__file__).resolve().parents[1]
ATS = ROOT / "ats"
LIBRARY = ATS / "screening"


def _modules() -> Iterator[tuple[Path, str, ast.Module]]:
    for path in sorted(ATS.rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        yield path, name, ast.parse(path.read_text(encoding="utf-8"))


def _targets(node: ast.Import | ast.ImportFrom, module: str, is_package: bool) -> list[str]:
    """The modules (or module.attribute) an import statement names, made absolute."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    base = node.module or ""
    if node.level:
        package = module.split(".") if is_package else module.split(".")[:-1]
        base = ".".join(package[: len(package) - node.level + 1] + ([node.module] if node.module else []))
    return [f"{base}.{alias.name}" for alias in node.names]


def _part(target: str) -> str | None:
    """The package (or top-level module) of ats a dotted name belongs to; "ats" for the factory itself."""
    parts = target.split(".")
    if parts[0] != "ats":
        return None
    if len(parts) == 1 or not ((ATS / parts[1]).is_dir() or (ATS / f"{parts[1]}.py").exists()):
        return "ats"
    return parts[1]


def _imports() -> Iterator[tuple[Path, str, ast.stmt, str]]:
    """Every import of every module (function-level ones too): (file, module, node, absolute target)."""
    for path, module, tree in _modules():
        for node in ast.walk(tree):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                for target in _targets(node, module, path.name == "__init__.py"):
                    yield path, module, node, target


def test_no_two_packages_import_each_other_directly_or_through_a_cycle() -> None:
    graph: dict[str, dict[str, str]] = {}
    for path, module, node, target in _imports():
        source, dest = _part(module), _part(target)
        if source and dest and source != dest:
            graph.setdefault(source, {}).setdefault(dest, f"{path.relative_to(ROOT)}:{node.lineno}")
    assert len(graph) > 15, "the graph should cover the domain packages"

    def cycle_from(start: str) -> list[str] | None:
        stack = [(start, [start])]
        while stack:
            here, trail = stack.pop()
            for nxt in graph.get(here, {}):
                if nxt == start:
                    return trail + [start]
                if nxt not in trail:
                    stack.append((nxt, trail + [nxt]))
        return None

    for part in sorted(graph):
        cycle = cycle_from(part)
        steps = zip(cycle or [], (cycle or [])[1:], strict=False)
        assert cycle is None, "import cycle " + " -> ".join(f"{a} ({graph[a][b]})" for a, b in steps)


def test_the_screening_library_imports_nothing_of_the_app() -> None:
    for path, _, node, target in _imports():
        if path.is_relative_to(LIBRARY) and _part(target):
            assert target.startswith("ats.screening"), f"{path.relative_to(ROOT)}:{node.lineno} imports {target}"


def test_the_app_uses_only_public_names_of_the_screening_library() -> None:
    public = set(ats.screening.__all__)
    for path, _, node, target in _imports():
        if path.is_relative_to(LIBRARY) or not (target + ".").startswith("ats.screening."):
            continue
        where = f"{path.relative_to(ROOT)}:{node.lineno}"
        assert isinstance(node, ast.ImportFrom) and node.module == "ats.screening", f"{where}: reaches {target}"
        assert target.rsplit(".", 1)[1] in public, f"{where}: {target} is not exported by ats/screening/__init__.py"


def test_the_sandbox_and_the_spacy_lock_are_reached_only_through_the_adapter() -> None:
    guarded = {"extract_in_sandbox", "NLP_LOCK", "analyse", "score", "parse_job_description", "screen_files"}
    users = {
        path.relative_to(ROOT).as_posix()
        for path, _, _, target in _imports()
        if not path.is_relative_to(LIBRARY)
        and target.startswith("ats.screening.")
        and target.rsplit(".", 1)[1] in guarded
    }
    assert users == {"ats/screening_adapter.py"}


# Attributes named stage/stage_id that are not an application's stage.
NOT_AN_APPLICATION = {("ats/review/ranking.py", "f.stage_id")}  # the ranked list's stage filter


def test_only_the_pipeline_service_writes_an_application_stage() -> None:
    writers: list[str] = []
    for path, _, tree in _modules():
        rel = path.relative_to(ROOT).as_posix()
        if path.is_relative_to(LIBRARY):
            continue
        for node in ast.walk(tree):
            targets: list[ast.expr] = []
            if isinstance(node, ast.Assign):
                targets = [
                    t for target in node.targets for t in (target.elts if isinstance(target, ast.Tuple) else [target])
                ]
            elif isinstance(node, (ast.AugAssign, ast.AnnAssign)):
                targets = [node.target]
            for target in targets:
                if (
                    isinstance(target, ast.Attribute)
                    and target.attr in ("stage", "stage_id")
                    and (rel, ast.unparse(target)) not in NOT_AN_APPLICATION
                ):
                    writers.append(f"{rel}:{node.lineno} {ast.unparse(target)}")
            if isinstance(node, ast.Call):
                keywords = {k.arg for k in node.keywords}
                called = ast.unparse(node.func)  # constructing an Application, or an UPDATE's values()
                if keywords & {"stage", "stage_id"} and called.endswith(("Application", ".values")):
                    writers.append(f"{rel}:{node.lineno} {called}(stage...)")
                if (
                    called == "setattr"
                    and len(node.args) > 1
                    and ast.unparse(node.args[1]) in ("'stage'", "'stage_id'")
                ):
                    writers.append(f"{rel}:{node.lineno} setattr")
    assert sorted(writers) == sorted(
        [
            "ats/applications/services.py:"
            + _line("ats/applications/services.py", "application = Application(")
            + " Application(stage...)",  # a new application starts in the job's first stage
            "ats/pipeline/services.py:"
            + _line("ats/pipeline/services.py", "application.stage, application.stage_id =")
            + " application.stage",
            "ats/pipeline/services.py:"
            + _line("ats/pipeline/services.py", "application.stage, application.stage_id =")
            + " application.stage_id",
        ]
    )


def _line(rel: str, text: str) -> str:
    return str(next(i for i, line in enumerate((ROOT / rel).read_text().splitlines(), 1) if text in line))


def test_registration_is_explicit() -> None:
    """No discovery, no optional domains: each package with pages, commands or tasks has an init_app in the list."""
    factory = (ATS / "__init__.py").read_text()
    listed = {
        n.id
        for n in ast.walk(ast.parse(factory))
        if isinstance(n, ast.For)
        for n in ast.walk(n.iter)
        if isinstance(n, ast.Name)
    }
    for package in (p for p in ATS.iterdir() if (p / "__init__.py").exists() and p != LIBRARY):
        registers = any((package / f).exists() for f in ("views.py", "commands.py")) or "register_handler" in "".join(
            f.read_text() for f in package.glob("*.py")
        )
        has_init = "def init_app(" in (package / "__init__.py").read_text()
        assert has_init == registers, f"{package.name}: init_app only (and always) where something is registered"
        assert not has_init or package.name in listed, f"create_app does not call {package.name}.init_app"
    for path in [*ATS.rglob("*.py"), *ATS.rglob("*.html")]:
        if path.is_relative_to(LIBRARY):
            continue
        text = path.read_text(encoding="utf-8")
        for banned in ("pkgutil", "importlib", "endpoint_exists", "except ImportError", "except ModuleNotFoundError"):
            assert banned not in text, f"{path.relative_to(ROOT)} uses {banned}"


def test_every_import_inside_a_function_says_why() -> None:
    silent = []
    for path, _, tree in _modules():
        if path.is_relative_to(LIBRARY):
            continue
        lines = path.read_text(encoding="utf-8").splitlines()
        for func in (n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))):
            imports = [n for n in ast.walk(func) if isinstance(n, (ast.Import, ast.ImportFrom))]
            spans = {i for n in imports for i in range(n.lineno, (n.end_lineno or n.lineno) + 1)}
            for node in imports:
                above = node.lineno - 1
                while above in spans:  # a block of imports shares the comment above it
                    above -= 1
                trailing = "#" in lines[node.lineno - 1]
                if not trailing and not lines[above - 1].strip().startswith("#"):
                    silent.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert silent == []
