"""Hybrid logical clock: stamps that order changes across devices without a shared clock.

A stamp is ``(wall milliseconds, counter)``, written as a fixed-width string so that string
order is time order. It never goes backwards, even when the computer's clock does, and after
receiving a remote stamp the next local stamp is later than it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

_WIDTH_MS = 15
_WIDTH_COUNTER = 6


@dataclass(frozen=True, order=True)
class Stamp:
    millis: int
    counter: int = 0

    def __str__(self) -> str:
        return f"{self.millis:0{_WIDTH_MS}d}-{self.counter:0{_WIDTH_COUNTER}d}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        """Read a stamp written by ``str``; ValueError names what is wrong."""
        millis, sep, counter = text.partition("-")
        if (not sep or len(millis) != _WIDTH_MS or len(counter) != _WIDTH_COUNTER
                or not millis.isdigit() or not counter.isdigit()):
            raise ValueError(f"not a clock stamp: {text!r}")
        return cls(int(millis), int(counter))


ZERO = Stamp(0, 0)


class HybridClock:
    """Issues increasing stamps; ``observe`` folds in stamps seen from other devices."""

    def __init__(self, last: Stamp = ZERO, now_ms: Callable[[], int] | None = None) -> None:
        self._last = last
        self._now_ms = now_ms or (lambda: time.time_ns() // 1_000_000)

    @property
    def last(self) -> Stamp:
        return self._last

    def tick(self) -> Stamp:
        wall = self._now_ms()
        if wall > self._last.millis:
            self._last = Stamp(wall, 0)
        else:
            self._last = Stamp(self._last.millis, self._last.counter + 1)
        return self._last

    def observe(self, remote: Stamp) -> None:
        if remote > self._last:
            self._last = remote
