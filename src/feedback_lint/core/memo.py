"""A dict that works out each value it lacks on first use: the cache for per-word look-ups that run on
every word of every draft (a dict look-up costs less there than an ``lru_cache`` call)."""

from __future__ import annotations

from typing import Callable, Generic, Hashable, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Memo(dict, Generic[K, V]):  # type: ignore[type-arg]
    """``fn(key)`` for each key, worked out on first use and kept; everything is forgotten once
    ``limit`` keys are kept, so a long-running server's memory stays bounded."""

    def __init__(self, fn: Callable[[K], V], limit: int = 50_000) -> None:
        super().__init__()
        self.fn = fn
        self.limit = limit

    def __missing__(self, key: K) -> V:
        if len(self) >= self.limit:
            self.clear()
        value = self[key] = self.fn(key)
        return value
