"""Screen many resumes at once: a process pool, spaCy loaded once per worker, bounded memory."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from itertools import islice
from pathlib import Path
from typing import Any

from .results import Requirements

Extract = Callable[[bytes, str], str]
CHUNK_PER_WORKER = 32  # tasks in flight per worker; bounds memory for thousands of files

_STATE: dict[str, Any] = {}


def default_extract(data: bytes, filename: str) -> str:
    """Use ats.screening.extract when present; otherwise treat the file as UTF-8 text."""
    try:
        from . import extract as ex  # the extractor's parsers load only when a batch needs them
    except ImportError:
        return data.decode("utf-8", errors="replace")
    return str(ex.extract_text(data, filename).text)


def _init(requirements: dict[str, Any], as_of: str, extract: Extract | None) -> None:
    """Worker initializer: build spaCy and the matchers once per process."""
    from .skills import default_matcher

    _STATE["req"] = Requirements.from_dict(requirements)
    _STATE["as_of"] = date.fromisoformat(as_of)
    _STATE["extract"] = extract or default_extract
    default_matcher()


def _row(name: str, text: str | None, error: str | None) -> dict[str, Any]:
    """One JSON-able result row."""
    from .analyse import analyse
    from .score import score

    base: dict[str, Any] = {
        "file": name,
        "score": None,
        "years_experience": None,
        "stated_years": None,
        "relevant_years": None,
        "tier": None,
        "skills": [],
        "components": [],
        "auto_reject": False,
        "error": error,
    }
    if error is not None or text is None:
        return base
    req: Requirements = _STATE["req"]
    a = analyse(text, as_of=_STATE["as_of"], custom_skills=req.skill_defs())
    s = score(a, req)
    seen: set[tuple[str, str]] = set()
    skills = []
    for m in a.skills:
        key = (m.skill, m.evidence.text)
        if key not in seen:
            seen.add(key)
            skills.append({"name": m.skill, "text": m.evidence.text, **({"via": m.via} if m.via else {})})
    base.update(
        score=s.total,
        years_experience=a.total_years,
        stated_years=a.stated_years,
        relevant_years=s.relevant_years,
        tier=s.tier,
        skills=skills,
        auto_reject=s.auto_reject,
        components=[
            {
                "name": c.name,
                "weight": c.weight,
                "points": c.points,
                "matched": [
                    {"skill": m.label, "snippet": m.snippet, **({"via": m.via} if m.via else {})} for m in c.matched
                ],
                "missing": list(c.missing),
                "detail": c.detail,
            }
            for c in s.components
        ],
    )
    return base


def _file_task(path: str) -> dict[str, Any]:
    try:
        data = Path(path).read_bytes()
        text = _STATE["extract"](data, Path(path).name)
    except Exception as exc:  # extraction errors are reported per file, never fatal
        return _row(path, None, getattr(exc, "message", None) or f"{type(exc).__name__}: {exc}")
    try:
        return _row(path, text, None)
    except Exception as exc:  # pragma: no cover - analysis bug; keep the batch going
        return _row(path, None, f"analysis failed: {type(exc).__name__}: {exc}")


def _text_task(item: tuple[str, str]) -> dict[str, Any]:
    return _row(item[0], item[1], None)


def _run(
    task: Callable[[Any], dict[str, Any]],
    items: Iterable[Any],
    requirements: Requirements,
    as_of: date,
    workers: int | None,
    extract: Extract | None,
) -> Iterator[dict[str, Any]]:
    """Chunks of items through a pool; results come back in input order."""
    args = (requirements.to_dict(), as_of.isoformat(), extract)
    workers = max(1, workers or os.cpu_count() or 1)
    it = iter(items)
    if workers == 1:
        _init(*args)
        for item in it:
            yield task(item)
        return
    import multiprocessing as mp

    chunk = workers * CHUNK_PER_WORKER
    # Never a plain fork: a caller with threads (a web app's background loop, a queue client) may hold a lock
    # at that instant, and the child would wait on it for ever. A fork server is a fresh interpreter that
    # forks the workers with this module already imported; where there is none, spawn.
    ctx: Any = mp.get_context("forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn")
    if ctx.get_start_method() == "forkserver":
        ctx.set_forkserver_preload([__name__])
    with ctx.Pool(workers, initializer=_init, initargs=args) as pool:
        while batch := list(islice(it, chunk)):
            yield from pool.imap(task, batch, chunksize=max(1, len(batch) // (workers * 4)))


def screen_files(
    paths: Iterable[str | os.PathLike[str]],
    requirements: Requirements,
    *,
    as_of: date,
    workers: int | None = os.cpu_count(),
    extract: Extract | None = None,
) -> Iterator[dict[str, Any]]:
    """Extract, analyse and score each file; yields one dict per file in INPUT order.

    Args:
        paths: files to screen (read inside the workers, so only paths cross processes).
        requirements: the job to score against.
        as_of: reference date for 'Present'.
        workers: processes (1 = in this process).
        extract: (bytes, filename) -> text; must be picklable (a module-level function).
            Errors with a `.message` are reported in the row's `error`.
    """
    return _run(_file_task, (str(p) for p in paths), requirements, as_of, workers, extract)


def screen_texts(
    items: Iterable[tuple[str, str]] | Sequence[tuple[str, str]],
    requirements: Requirements,
    *,
    as_of: date,
    workers: int | None = 1,
) -> Iterator[dict[str, Any]]:
    """Like screen_files for already-extracted (name, text) pairs; INPUT order."""
    return _run(_text_task, items, requirements, as_of, workers, None)
