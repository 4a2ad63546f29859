"""Hybrid logical clock: stamps that order changes across devices without a shared clock.

A stamp is ``(wall milliseconds, counter)``, written as a fixed-width string so that string
order is time order. It never goes backwards, even when the computer's clock does, and after
receiving a remote stamp the next local stamp is later than it. Every stamp it issues fits the
fixed width: a counter at its maximum carries into the milliseconds, so whatever a
ClusterDesk writes, it can read back.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

_WIDTH_MS = 15
_WIDTH_COUNTER = 6
MAX_MILLIS = 10**_WIDTH_MS - 1
MAX_COUNTER = 10**_WIDTH_COUNTER - 1


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
                or not millis.isascii() or not counter.isascii()
                or not millis.isdigit() or not counter.isdigit()):
            raise ValueError(f"not a clock stamp: {text!r}")
        return cls(int(millis), int(counter))


ZERO = Stamp(0, 0)


class HybridClock:
    """Issues increasing stamps; ``observe`` folds in stamps seen from other devices."""

    def __init__(self, last: Stamp = ZERO, now_ms: Callable[[], int] | None = None,
                 epoch: str = "") -> None:
        self._last = last
        self._now_ms = now_ms or (lambda: time.time_ns() // 1_000_000)
        # Which re-dating of this device's changes the clock follows (``sync.redate``):
        # the one time it may go back, for every session of the database at once.
        self.epoch = epoch

    @property
    def last(self) -> Stamp:
        return self._last

    def wall_ms(self) -> int:
        return self._now_ms()

    def tick(self) -> Stamp:
        wall = self._now_ms()
        if wall > self._last.millis:
            self._last = Stamp(min(wall, MAX_MILLIS), 0)
        elif self._last.counter < MAX_COUNTER:
            self._last = Stamp(self._last.millis, self._last.counter + 1)
        elif self._last.millis < MAX_MILLIS:
            self._last = Stamp(self._last.millis + 1, 0)
        else:
            raise OverflowError("the clock stamp reached its largest value")
        return self._last

    def rewind(self, to: Stamp, epoch: str) -> None:
        """Go back to ``to``: only when this device's far-future changes were re-dated."""
        self._last, self.epoch = to, epoch

    def observe(self, remote: Stamp, *, max_ahead_ms: int | None = None) -> bool:
        """Fold in a remote stamp; one beyond ``max_ahead_ms`` past the wall clock is not
        taken (False), so no file can drag this clock into the future."""
        if max_ahead_ms is not None and remote.millis > self._now_ms() + max_ahead_ms:
            return False
        if remote > self._last:
            self._last = remote
        return True
