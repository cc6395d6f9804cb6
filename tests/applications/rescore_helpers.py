"""Stand-ins for rescore_parallel._rescore that run inside the rescoring processes (imported there by
name, so they live in a module of their own): the chunk of one application is the one that goes wrong."""

from __future__ import annotations

import os

from ats.applications import rescore_parallel


def die_on_the_single(ids: list[int]) -> tuple[int, list[int]]:
    """The process is killed (as by the OOM killer) on the chunk of one; the others are rescored."""
    if len(ids) == 1:
        os._exit(9)
    return rescore_parallel._rescore(ids)


def fail_on_the_single(ids: list[int]) -> tuple[int, list[int]]:
    """An error in the process on the chunk of one; the others are rescored."""
    if len(ids) == 1:
        raise RuntimeError("connection lost in a rescoring process")
    return rescore_parallel._rescore(ids)


def pid_of_rescorer(ids: list[int]) -> tuple[int, list[int]]:
    """Rescore the chunk and report which process did it, in the stale list's place."""
    count, stale = rescore_parallel._rescore(ids)
    return count, [*stale, -os.getpid()]
