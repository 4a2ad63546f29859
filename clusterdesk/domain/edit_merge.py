"""Two people saving one record: the three-way rule that replaces "the last save wins".

An editor remembers the record as it loaded it (``base``) and what its form showed then
(``loaded_form``). When it saves and the record meanwhile changed (``current``), each merge
unit (a field, or fields that change together — the same groups as sync's merge, see
``resources/sync/policy.toml``) is decided alone:

* changed only here            -> written;
* changed only by the other    -> kept as they stored it (the form's stale value is not written);
* changed on both sides        -> a conflict, unless both typed the same value;
* changed by nobody            -> the form's value is written (as before: it may tidy spaces).

A conflict is never settled silently: the user chooses per unit (keep mine / take theirs) and
:meth:`Reconciled.merged` gives the values to save again against the current version.
Plain Python (no database, no Qt): the services apply it, the window shows its conflicts.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

MINE, THEIRS = "mine", "theirs"
Unit = tuple[str, ...]


@dataclass(frozen=True)
class FieldConflict:
    """One unit both sides changed to different values."""

    unit: Unit                # the fields that change together; the first names the unit
    base: dict[str, Any]      # as the editor loaded them
    theirs: dict[str, Any]    # as stored now (the other person's save)
    mine: dict[str, Any]      # as typed here

    @property
    def name(self) -> str:
        return self.unit[0]


@dataclass(frozen=True)
class Reconciled:
    """The decision for one save: what to write now, and what needs the user's choice."""

    write: dict[str, Any]                         # the values to store (no conflict left)
    conflicts: tuple[FieldConflict, ...] = ()
    taken: tuple[str, ...] = ()                   # fields only the other changed: kept
    current: dict[str, Any] = field(default_factory=dict)  # the stored values (form's fields)
    mine: dict[str, Any] = field(default_factory=dict)
    rebased_form: dict[str, Any] = field(default_factory=dict)  # the form's base, rebased

    def merged(self, choices: Mapping[str, str]) -> dict[str, Any]:
        """The form's values after the user chose ``choices[unit name]`` (``MINE`` or
        ``THEIRS``, unanswered: ``THEIRS``) for each conflict: to save against the current
        version with :attr:`rebased_form` as what the form loaded."""
        out = dict(self.mine)
        for name in self.taken:
            out[name] = self.current.get(name)
        for c in self.conflicts:
            if choices.get(c.name, THEIRS) != MINE:
                for name in c.unit:
                    if name in out:
                        out[name] = c.theirs.get(name)
        return out


def units_for(names: Iterable[str], groups: Iterable[Unit]) -> tuple[Unit, ...]:
    """The merge units covering ``names``: each group with a member among them (whole), then
    every other name alone."""
    names = list(names)
    present = set(names)
    out: list[Unit] = []
    seen: set[str] = set()
    for group in groups:
        if present.intersection(group) and not seen.intersection(group):
            out.append(tuple(group))
            seen.update(group)
    out += [(n,) for n in names if n not in seen]
    return tuple(out)


def reconcile(groups: Iterable[Unit], base: Mapping[str, Any], current: Mapping[str, Any],
              mine: Mapping[str, Any], loaded_form: Mapping[str, Any] | None = None
              ) -> Reconciled:
    """Decide a save of ``mine`` (the form's fields) made on ``base`` when the record now is
    ``current``; ``loaded_form`` is the form right after loading (default: ``base``), so that
    a value the form shows tidied (spaces, derived fields) does not count as typed."""
    form0 = loaded_form if loaded_form is not None else base
    write: dict[str, Any] = {}
    conflicts: list[FieldConflict] = []
    taken: list[str] = []
    rebased = {n: form0.get(n, base.get(n)) for n in mine}
    for unit in units_for(mine, groups):
        known = [n for n in unit if n in base or n in current]
        typed = [n for n in unit if n in mine]
        theirs_changed = any(current.get(n) != base.get(n) for n in known)
        mine_changed = any(mine[n] != form0.get(n, base.get(n)) for n in typed)
        if theirs_changed:
            for n in typed:
                rebased[n] = current.get(n)
        if theirs_changed and not mine_changed:
            taken += typed
        elif theirs_changed and any(mine[n] != current.get(n) for n in typed):
            conflicts.append(FieldConflict(
                tuple(typed), {n: base.get(n) for n in typed},
                {n: current.get(n) for n in typed}, {n: mine[n] for n in typed}))
        elif not theirs_changed:
            write.update({n: mine[n] for n in typed})
        # else: both made the same change; nothing is left to write
    return Reconciled(write, tuple(conflicts), tuple(taken),
                      {n: current.get(n) for n in mine}, dict(mine), rebased)
