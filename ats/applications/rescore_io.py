"""A bulk rescore's reading, scoring and writing of one chunk (shared by the in-process rescore and the
processes of a parallel one). On a database server each runs on a connection of its own in a
thread: while one chunk is scored, the next is read and the one before is written, and the server's time
overlaps the scoring's (the driver lets go of the GIL while it waits). SQLite reads and writes inline: its
work is in this process, and its driver lets go of the GIL for every row, so a thread beside the scoring
waits for the GIL at each row (measured: slower than inline)."""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import Any, cast

from sqlalchemy import Connection, Engine, Table, null, select

from ats import screening_adapter
from ats.applications.models import Application, ScreeningAnalysis, ScreeningResult
from ats.applications.screening import ranking_columns, result_columns
from ats.db import update_by_id
from ats.screening import ANALYSER_VERSION, Reads, Requirements

Row = dict[str, Any]
# per row: application id, answers, result id, analyser version, stored score, then what rescore_reads asked
# for: the stored analysis and the sentence index (None when not read)
Chunk = list[Any]
ReadsOf = Callable[[Any], Reads]  # stored score -> what its rescore must read back


def _threaded(engine: Engine) -> bool:
    return engine.url.get_backend_name() != "sqlite"


def read_chunk(connection: Connection, ids: Sequence[int], reads: ReadsOf) -> Chunk:
    """A chunk's rows: the stored scores first, then, in one more query, only what their rescore must read
    back. Most rescores never decode the sentence index, and one of the duties never reads the analysis."""
    apps, results, analyses = (cast(Table, m.__table__) for m in (Application, ScreeningResult, ScreeningAnalysis))
    rows = connection.execute(  # table columns, not mapped attributes: a rescoring process maps no relationships
        select(apps.c.id, apps.c.answers, results.c.id, analyses.c.analyser_version, results.c.score_data)
        .join(results, results.c.application_id == apps.c.id)
        .join(analyses, analyses.c.result_id == results.c.id)
        .where(apps.c.id.in_(ids))
        .order_by(apps.c.id)
    ).all()
    needs = {r[2]: reads(r[4]) for r in rows if r[3] == ANALYSER_VERSION}  # others are analysed again
    data, texts = _read_back(
        connection, [k for k, n in needs.items() if n.analysis], [k for k, n in needs.items() if n.text]
    )
    legacy = [k for k, n in needs.items() if n.text and not texts.get(k) and k not in data]
    if legacy:  # stored before the index had a column of its own, it may be inside the analysis
        data.update(_read_back(connection, legacy, [])[0])
    return [(*r, data.get(r[2]), texts.get(r[2])) for r in rows]


def _read_back(
    connection: Connection, analysis_of: list[int], text_of: list[int]
) -> tuple[dict[int, Any], dict[int, Any]]:
    """The stored analyses and sentence indexes of these results, in one query."""
    if not analysis_of and not text_of:
        return {}, {}
    analyses = cast(Table, ScreeningAnalysis.__table__)
    columns = [
        analyses.c.result_id,
        analyses.c.data if analysis_of else null(),
        analyses.c.text_index if text_of else null(),
    ]
    found = connection.execute(select(*columns).where(analyses.c.result_id.in_({*analysis_of, *text_of}))).all()
    wanted = set(analysis_of)
    return {r[0]: r[1] for r in found if r[0] in wanted}, {r[0]: r[2] for r in found if r[2]}


def score_chunk(rows: Sequence[Any], requirements: Requirements) -> tuple[list[Row], list[Row], list[int]]:
    """Score each stored analysis: the chunk's new result rows and ranking columns, for the writer, and
    the applications whose analysis came from an older analyser (to be analysed again from their text)."""
    results: list[Row] = []
    ranks: list[Row] = []
    stale: list[int] = []
    for application_id, answers, result_id, version, stored_score, analysis, text_index in rows:
        if version != ANALYSER_VERSION:
            stale.append(application_id)
            continue
        answers = {str(k): str(v).strip().lower() for k, v in (answers or {}).items()}
        score = screening_adapter.rescore(
            analysis, requirements, answers, stored_score, text_index=text_index, analyser_version=version
        )
        results.append({"id": result_id, **result_columns(score)})
        ranks.append({"id": application_id, **ranking_columns(score)})
    return results, ranks, stale


def write_scores(engine: Engine, results: list[Row], ranks: list[Row]) -> None:
    """A chunk's scores: two bulk updates in one transaction."""
    if not results:
        return
    with engine.begin() as connection:
        update_by_id(connection, cast(Table, ScreeningResult.__table__), results)
        update_by_id(connection, cast(Table, Application.__table__), ranks)


class ChunkReader:
    """Reads the chunks one ahead of the scoring, ending each read transaction (SQLite's WAL can then be
    checkpointed while the rescore goes on)."""

    def __init__(self, engine: Engine, chunks: Sequence[Sequence[int]], reads: ReadsOf) -> None:
        self.engine, self.chunks, self.reads = engine, chunks, reads
        self.error: BaseException | None = None
        self.ready: queue.Queue[Chunk | None] = queue.Queue(maxsize=1)
        self.stopping = threading.Event()
        self.thread: threading.Thread | None = None

    def __iter__(self) -> Iterator[Chunk]:
        if not _threaded(self.engine):
            with self.engine.connect() as connection:
                for ids in self.chunks:
                    rows = read_chunk(connection, ids, self.reads)
                    connection.rollback()
                    yield rows
            return
        self.thread = threading.Thread(target=self._run, name="rescore-reader", daemon=True)
        self.thread.start()
        while (chunk := self.ready.get()) is not None:
            yield chunk
        self.thread.join()
        if self.error is not None:
            raise self.error

    def close(self) -> None:
        """Stop reading ahead (after an error in the scoring)."""
        self.stopping.set()
        if self.thread is not None:
            while self.thread.is_alive():
                try:
                    self.ready.get(timeout=0.05)
                except queue.Empty:
                    pass

    def _run(self) -> None:
        try:
            with self.engine.connect() as connection:
                for ids in self.chunks:
                    if self.stopping.is_set():
                        break
                    chunk = read_chunk(connection, ids, self.reads)
                    connection.rollback()
                    self.ready.put(chunk)
        except BaseException as exc:  # raised in the rescoring thread when the chunks run out
            self.error = exc
        finally:
            self.ready.put(None)


class ScoreWriter:
    """Writes each chunk's scores (two bulk updates, one commit) while the next chunk is scored."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.error: BaseException | None = None
        self.chunks: queue.Queue[tuple[list[Row], list[Row]] | None] = queue.Queue(maxsize=1)
        self.thread = None
        if _threaded(engine):
            self.thread = threading.Thread(target=self._run, name="rescore-writer", daemon=True)
            self.thread.start()

    def put(self, results: list[Row], ranks: list[Row]) -> None:
        """Hand a chunk over (waits while the one before is still being written)."""
        if self.error is not None:
            raise self.error
        if self.thread is None:
            write_scores(self.engine, results, ranks)
        elif results:
            self.chunks.put((results, ranks))

    def close(self, quiet: bool = False) -> None:
        """Wait for the last chunk; raise what the writer met (unless the caller is raising already)."""
        if self.thread is not None:
            self.chunks.put(None)
            self.thread.join()
        if self.error is not None and not quiet:
            raise self.error

    def _run(self) -> None:
        while (chunk := self.chunks.get()) is not None:
            if self.error is None:
                try:
                    write_scores(self.engine, *chunk)
                except BaseException as exc:  # raised in the rescoring thread by put() or close()
                    self.error = exc
