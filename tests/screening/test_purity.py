"""ats.screening must stay a pure library: no flask, sqlalchemy or other ats packages."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PKG = Path(__file__).resolve().parents[2] / "ats" / "screening"
FORBIDDEN = ("flask", "sqlalchemy", "flask_sqlalchemy", "werkzeug", "wtforms")


def _runtime_nodes(tree: ast.AST) -> list[ast.AST]:
    """All nodes except those under `if TYPE_CHECKING:` (never executed)."""
    out: list[ast.AST] = []
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            stack.extend(node.orelse)
            continue
        out.append(node)
        stack.extend(ast.iter_child_nodes(node))
    return out


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = []
    for node in _runtime_nodes(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            names.append("." * node.level + (node.module or ""))
    return names


def test_every_module_imports_only_allowed_packages() -> None:
    modules = sorted(PKG.glob("*.py"))
    assert len(modules) >= 10
    for mod in modules:
        for name in _imports(mod):
            top = name.split(".")[0]
            assert top not in FORBIDDEN, f"{mod.name} imports {name}"
            if name.startswith("ats"):
                assert name.startswith("ats.screening"), f"{mod.name} imports {name}"


def test_results_import_does_not_load_spacy() -> None:
    code = "import sys, ats.screening.results, ats.screening.jobdesc; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_spacy_is_imported_and_built_only_in_nlp_module() -> None:
    for mod in PKG.glob("*.py"):
        if mod.name == "nlp.py":
            continue
        assert not any(n.split(".")[0] == "spacy" for n in _imports(mod)), mod.name
        src = mod.read_text(encoding="utf-8")
        assert "spacy.blank" not in src and "spacy.load" not in src, mod.name


def test_attribution_ships_with_data() -> None:
    text = (PKG / "data" / "ATTRIBUTION.md").read_text(encoding="utf-8")
    assert (
        "O*NET 29.2 Database by the U.S. Department of Labor, Employment and Training Administration" in text
        and "CC BY 4.0" in text
    )
