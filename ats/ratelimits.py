"""Rate-limit counters that degrade instead of failing: the shared storage (Redis) when it answers, the
limiter's in-memory fallback (with a logged warning) when it does not, so sign-in and applying keep working."""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable
from typing import TypeVar

from limits import RateLimitItem
from limits.strategies import RateLimiter

from ats.extensions import limiter

log = logging.getLogger("ats.ratelimits")
RECHECK_SECONDS = 30.0
T = TypeVar("T")
_state = {"dead_since": 0.0}


def _storage_dead() -> bool:
    return bool(getattr(limiter, "_storage_dead", False))


def _set_dead(dead: bool) -> None:
    limiter._storage_dead = dead  # Flask-Limiter's own switch: its decorated limits follow it too
    _state["dead_since"] = time.monotonic() if dead else 0.0


def reset() -> None:
    """A new app starts on its shared storage (Flask-Limiter keeps the switch on its one Limiter object)."""
    _set_dead(False)


def _maybe_recovered() -> None:
    """Look at the shared storage again now and then; go back to it when it answers."""
    if time.monotonic() - _state["dead_since"] < RECHECK_SECONDS:
        return
    try:
        alive = bool(limiter.storage.check())
    except Exception:
        alive = False
    if alive:
        log.info("rate-limit storage reachable again; counters are shared again")
        _set_dead(False)
    else:
        _state["dead_since"] = time.monotonic()


def run(call: Callable[[RateLimiter], T]) -> T:
    """Run a limiter call; when the shared storage is unreachable, switch to memory (logged) and run it there."""
    if _storage_dead():
        _maybe_recovered()
    try:
        return call(limiter.limiter)
    except Exception as exc:
        if _storage_dead():
            raise
        log.warning(
            "rate-limit storage unreachable (%s); counting in this process's memory until it is back",
            type(exc).__name__,
        )
        _set_dead(True)
        return call(limiter.limiter)


def test(item: RateLimitItem, *keys: str) -> bool:
    """Whether one more hit would be allowed (nothing counted)."""
    return run(lambda strategy: strategy.test(item, *keys))


def hit(item: RateLimitItem, *keys: str) -> bool:
    """Count one hit; False when the limit is spent."""
    return run(lambda strategy: strategy.hit(item, *keys))


def wait_seconds(item: RateLimitItem, *keys: str) -> int:
    """Whole seconds until the window of a spent limit resets (at least 1)."""
    reset = run(lambda strategy: strategy.get_window_stats(item, *keys).reset_time)
    return max(1, math.ceil(reset - time.time()))
