"""Run extraction in a reusable pool of rlimited worker processes, so no file can hurt the web process.

Workers are fresh interpreters started with subprocess (the "spawn" model: never a plain fork of
the threaded web app, and unlike multiprocessing it never re-imports the app's __main__). They get
a minimal environment (no secrets from the web process's environment). Each job sets RLIMIT_AS and a
per-job RLIMIT_CPU budget; the parent enforces a wall-clock timeout
and kills and replaces a worker that times out or dies. Results come back as JSON, never pickle,
so a worker subverted by a malicious file cannot run code in the parent.
"""

from __future__ import annotations

import atexit
import json
import os
import signal
import subprocess
import sys
import threading
import time
from multiprocessing.connection import Connection
from typing import Any

from ats.screening.extract_types import (
    ACCEPTED,
    ERROR_CLASSES,
    Corrupt,
    ExtractedText,
    ExtractionError,
    TimedOut,
    TooLarge,
)

POOL_SIZE = max(1, min(4, os.cpu_count() or 1))
MAX_JOBS_PER_WORKER = 200  # recycle workers so slow leaks or fragmentation cannot pile up
START_TIMEOUT = 60.0
QUEUE_TIMEOUT = 300.0
_MB = 1024 * 1024
_ENTRY = "from ats.screening.sandbox import _worker_entry; _worker_entry()"


def _set_limits(memory_mb: int, cpu_seconds: int) -> None:
    """Lower the soft limits for the next job; CPU is a budget on top of what the worker already used."""
    import resource

    _, hard_as = resource.getrlimit(resource.RLIMIT_AS)
    resource.setrlimit(resource.RLIMIT_AS, (memory_mb * _MB, hard_as))
    usage = resource.getrusage(resource.RUSAGE_SELF)
    used = int(usage.ru_utime + usage.ru_stime) + 1
    _, hard_cpu = resource.getrlimit(resource.RLIMIT_CPU)
    resource.setrlimit(resource.RLIMIT_CPU, (used + max(1, cpu_seconds), hard_cpu))


def _worker_entry() -> None:
    """Child side: speak over fds 0 (jobs in) and a private copy of fd 1 (replies out)."""
    reply_fd = os.dup(1)
    os.dup2(2, 1)  # stray prints from libraries go to stderr, never into the reply channel
    _worker_main(Connection(0, writable=False), Connection(reply_fd, readable=False))


def _worker_main(conn: Connection, out: Connection) -> None:
    """Worker loop: preload the parsers, then extract one job at a time until told to stop."""
    os.environ.pop("CMAP_PATH", None)  # never read CMaps from a configurable (writable) place
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C in a dev server must not kill idle workers
    import docx  # noqa: F401  - preload so the first job pays no import cost
    import pdfminer.high_level  # noqa: F401

    from ats.screening.extract import extract_text

    out.send_bytes(b"ready")
    while True:
        try:
            header = conn.recv_bytes()
            data = conn.recv_bytes()
        except (EOFError, OSError):
            return
        job = json.loads(header)
        retire = False
        try:
            _set_limits(job["memory_mb"], job["cpu_seconds"])
            result = extract_text(
                data, job["filename"], max_chars=job["max_chars"], max_pages=job["max_pages"], engine=job["engine"]
            )
            reply: dict[str, Any] = {
                "ok": True,
                "text": result.text,
                "kind": result.kind,
                "pages": result.pages,
                "truncated": result.truncated,
            }
        except ExtractionError as exc:
            reply = {"ok": False, "error": type(exc).__name__, "message": exc.message, "detail": exc.detail}
            retire = isinstance(exc, TooLarge)
        except BaseException as exc:  # noqa: BLE001 - report, then let the parent replace us
            reply = {"ok": False, "error": "Corrupt", "message": None, "detail": f"worker: {type(exc).__name__}"}
            retire = True
        reply["retire"] = retire
        del data
        try:
            out.send_bytes(json.dumps(reply).encode("utf-8"))
        except (OSError, ValueError, MemoryError):
            return
        if retire:
            return


def _worker_env() -> dict[str, str]:
    """Only what Python needs to find our code: the worker never sees the app's secrets."""
    env = {"PATH": os.defpath, "LC_ALL": "C.UTF-8", "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


class _Worker:
    """One child process and the parent's ends of its two pipes."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(  # noqa: S603 - fixed argv, no shell
            [sys.executable, "-c", _ENTRY],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=_worker_env(),
            close_fds=True,
            start_new_session=True,  # terminal signals aimed at the web server do not reach workers
        )
        assert self.process.stdin is not None and self.process.stdout is not None
        self.send = Connection(os.dup(self.process.stdin.fileno()), readable=False)
        self.conn = Connection(os.dup(self.process.stdout.fileno()), writable=False)
        self.process.stdin.close()
        self.process.stdout.close()
        self.jobs = 0
        self.retired = False
        try:
            ready = self.conn.poll(START_TIMEOUT) and self.conn.recv_bytes(16) == b"ready"
        except (EOFError, OSError):
            ready = False
        if not ready:
            self.kill()
            raise TimedOut(detail="extraction worker did not start")

    def alive(self) -> bool:
        """True while the process runs (a retired worker exits after its reply)."""
        return self.process.poll() is None

    def kill(self) -> None:
        """Kill the process and reap it, whatever state it is in."""
        try:
            self.process.kill()
            self.process.wait(5)
        except (OSError, subprocess.TimeoutExpired):
            pass
        for conn in (self.send, self.conn):
            if not conn.closed:
                conn.close()


class _Pool:
    """A bounded set of workers; a caller holds one worker exclusively for one job."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.idle: list[_Worker] = []
        self.count = 0
        self.closed = False
        self.cond = threading.Condition()

    def acquire(self) -> _Worker:
        """Take an idle worker, start one if below the size, or wait for one."""
        deadline = time.monotonic() + QUEUE_TIMEOUT
        with self.cond:
            while not self.idle and self.count >= self.size:
                if not self.cond.wait(max(0.0, deadline - time.monotonic())):
                    raise TimedOut(detail="all extraction workers busy")
            if self.idle:
                worker = self.idle.pop()
                if worker.alive():
                    return worker
                worker.kill()  # died while idle: start a replacement in its slot
            else:
                self.count += 1
        try:
            return _Worker()
        except BaseException:
            self.release(None)
            raise

    def release(self, worker: _Worker | None) -> None:
        """Return a healthy worker, or drop a dead one (the slot is refilled on demand)."""
        with self.cond:
            if (
                worker is not None
                and not self.closed
                and not worker.retired
                and worker.alive()
                and worker.jobs < MAX_JOBS_PER_WORKER
            ):
                self.idle.append(worker)
            else:
                self.count -= 1
                if worker is not None:
                    worker.kill()
            self.cond.notify()

    def close(self) -> None:
        """Kill idle workers now; busy ones are killed when released."""
        with self.cond:
            self.closed = True
            idle, self.idle = self.idle, []
            self.count -= len(idle)
        for worker in idle:
            worker.kill()


_POOL: _Pool | None = None
_POOL_LOCK = threading.Lock()


def _pool() -> _Pool:
    """The module-level pool, created on first use (again after shutdown_pool)."""
    global _POOL
    with _POOL_LOCK:
        if _POOL is None or _POOL.closed:
            _POOL = _Pool(POOL_SIZE)
        return _POOL


def shutdown_pool() -> None:
    """Stop all workers (tests, app shutdown); the next call starts a fresh pool."""
    global _POOL
    with _POOL_LOCK:
        pool, _POOL = _POOL, None
    if pool is not None:
        pool.close()


atexit.register(shutdown_pool)


def extract_in_sandbox(
    data: bytes,
    filename: str = "",
    *,
    timeout: float = 15.0,
    memory_mb: int = 512,
    cpu_seconds: int = 10,
    max_chars: int = 100_000,
    max_pages: int = 30,
    engine: str = "pdfminer",
) -> ExtractedText:
    """Run `extract_text` in a pooled worker limited in memory, CPU time and wall-clock time.

    Args:
        data: the uploaded bytes.
        filename: original name, for error details only.
        timeout: wall-clock seconds before the worker is killed (TimedOut).
        memory_mb: RLIMIT_AS of the worker during the job (TooLarge when exceeded).
        cpu_seconds: CPU seconds the job may use (TimedOut when exceeded).
        max_chars, max_pages, engine: as for `extract_text`.

    Returns:
        ExtractedText.

    Raises:
        ExtractionError subclasses only; safe to call from several threads at once.
    """
    header = json.dumps(
        {
            "filename": filename[:200],
            "max_chars": max_chars,
            "max_pages": max_pages,
            "engine": engine,
            "memory_mb": memory_mb,
            "cpu_seconds": cpu_seconds,
        }
    ).encode("utf-8")
    pool = _pool()
    worker = pool.acquire()
    try:
        try:
            worker.send.send_bytes(header)
            worker.send.send_bytes(data)
            if not worker.conn.poll(timeout):
                worker.kill()
                raise TimedOut(detail=f"wall clock {timeout}s")
            raw = worker.conn.recv_bytes(max_chars * 8 + 65536)
        except (EOFError, OSError) as exc:
            raise _death(worker, exc) from None
        worker.jobs += 1
        return _decode(raw, max_chars, worker)
    except ExtractionError:
        raise
    except Exception as exc:  # noqa: BLE001 - a malformed reply means a misbehaving worker
        worker.kill()
        raise Corrupt(detail=f"bad worker reply: {type(exc).__name__}") from None
    finally:
        pool.release(worker)


def _death(worker: _Worker, exc: BaseException) -> ExtractionError:
    """Name why a worker died: CPU limit -> TimedOut, kernel kill -> TooLarge, else Corrupt."""
    try:
        code: int | None = worker.process.wait(2)
    except subprocess.TimeoutExpired:
        code = None
    worker.kill()
    if code == -signal.SIGXCPU:
        return TimedOut(detail="CPU limit")
    if code == -signal.SIGKILL:
        return TooLarge(detail="worker killed (memory)")
    return Corrupt(detail=f"worker died (exit {code}): {type(exc).__name__}")


def _decode(raw: bytes, max_chars: int, worker: _Worker) -> ExtractedText:
    """Rebuild the result or the typed error from the worker's JSON, validating every field."""
    reply = json.loads(raw)
    if not isinstance(reply, dict):
        raise ValueError("reply is not an object")
    worker.retired = reply.get("retire") is not False
    if not reply.get("ok"):
        cls = ERROR_CLASSES.get(str(reply.get("error")), Corrupt)
        message = reply.get("message")
        raise cls(message if isinstance(message, str) else None, detail=str(reply.get("detail", ""))[:500])
    text, kind, pages = reply["text"], reply["kind"], reply["pages"]
    if not isinstance(text, str) or kind not in ACCEPTED or not (pages is None or isinstance(pages, int)):
        raise ValueError("reply fields have wrong types")
    truncated = bool(reply["truncated"]) or len(text) > max_chars
    text = text[:max_chars]
    return ExtractedText(text=text, kind=kind, pages=pages, truncated=truncated, chars=len(text))
