"""A large rescore split over processes: each reads, scores and writes chunks of its own on its own
connection, so the scoring of 10,000 stored analyses runs on every core it is given.

The processes come from a fork server: a fresh interpreter that imported and warmed the scorer once
(rescore_preload) and forks each process from there, warm. The calling process is never forked itself:
a web process or a worker has other threads, and one of them may hold a lock at that instant (SQLite's
own, a connection pool's) that the child would then wait on for ever."""

from __future__ import annotations

import gc
import multiprocessing
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from typing import Any

import orjson
from sqlalchemy import Engine, create_engine
from sqlalchemy.pool import NullPool

import ats.dbsetup  # noqa: F401  (its SQLite pragmas apply to this process's connections too)
from ats.applications.rescore_io import read_chunk, score_chunk, write_scores
from ats.config import dump_json
from ats.screening import Requirements, rescore_reads, warm_scorer

PRELOAD = ["ats.applications.rescore_preload"]
_engine: Engine | None = None
_requirements: Requirements | None = None


def usable(url: str) -> bool:
    """Whether other processes can open the database (an in-memory SQLite cannot be shared)."""
    return not (url.startswith("sqlite") and (url in ("sqlite://", "sqlite:///") or ":memory:" in url))


def start_fork_server(wait: bool = False) -> None:
    """Start the fork server, which warms the scorer in the background (about 2 s, 190 MB); with wait, return
    once it can fork a process. A fork server already running keeps the preload it started with (one that
    screen_files started imports the scorer in each process instead: slower, the same result)."""
    from multiprocessing import forkserver  # the stdlib's own module, only where processes are wanted

    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(PRELOAD)
    forkserver.ensure_running()
    if wait:
        with ProcessPoolExecutor(1, mp_context=context) as pool:
            pool.submit(int).result()


def rescore_in_processes(
    url: str, requirements: Requirements, chunks: Sequence[Sequence[int]], processes: int
) -> Iterator[tuple[int, list[int]]]:
    """(rows read, stale application ids) of each chunk, in order, as the processes finish them. An error in
    a process, or its death (BrokenProcessPool), is raised here; chunks already written stay written and
    those not started are dropped, so running the rescore again finishes the job."""
    start_fork_server()
    pool = ProcessPoolExecutor(
        processes,
        mp_context=multiprocessing.get_context("forkserver"),
        initializer=_start,
        initargs=(url, requirements.to_dict()),
    )
    try:
        yield from pool.map(_rescore, [list(ids) for ids in chunks])
    except BaseException:
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown()


def _start(url: str, requirements: dict[str, Any]) -> None:
    """In each process: an engine of its own (no connection crosses processes) and the job's requirements.
    The collector stays off, as in rescoring._collector_paused; the process ends with the rescore."""
    global _engine, _requirements
    warm_scorer()  # done already when the fork server preloaded rescore_preload; else here, once
    gc.disable()
    _engine = create_engine(url, poolclass=NullPool, json_serializer=dump_json, json_deserializer=orjson.loads)
    _requirements = Requirements.from_dict(requirements)


def _rescore(ids: list[int]) -> tuple[int, list[int]]:
    """One chunk, in a process of the pool."""
    assert _engine is not None and _requirements is not None, "the pool's initializer did not run"
    with _engine.connect() as connection:
        rows = read_chunk(connection, ids, partial(rescore_reads, _requirements))
    results, ranks, stale = score_chunk(rows, _requirements)
    write_scores(_engine, results, ranks)
    return len(rows), stale
