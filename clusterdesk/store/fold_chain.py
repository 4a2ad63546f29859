"""The search views' letter folding (0007, 0012, 0014), done in Python exactly as the views do.

The stored search texts are folded in SQL by chains of about a hundred ``replace()`` calls:
triggers and the plain ``sqlite3`` shell need nothing but SQLite. Through the views a
consultation of 200 letters costs some 65 µs to fold, most of what indexing it costs; an
import of thousands of them pays that per row. Here the chain is read back from the views
this database holds (so it is the very chain its triggers use, not a copy that could drift)
and turned into a few ``str.replace`` and ``str.translate`` calls that give the same text:
a replacement of a single character maps each character on its own, so a run of them composes
into one translation table; longer patterns stay replacements, in their place in the chain.
A view of another shape is not read (``None``): the caller then keeps the SQL.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

_VIEW = re.compile(r"\s*CREATE\s+VIEW\s+\"?(\w+)\"?\s*\((\w+)\s*,\s*(\w+)\)\s+AS\s+SELECT\s+"
                   r"(\w+)\s*,\s*(.*?)\s+FROM\s+(\w+)\s*", re.IGNORECASE | re.DOTALL)
_HEAD = re.compile(r"\s*CREATE\s+VIEW\s+\"?(\w+)\"?\s*\((\w+)\s*,\s*(\w+)\)", re.IGNORECASE)
_PAIR = re.compile(r",\s*'((?:[^']|'')*)'\s*,\s*'((?:[^']|'')*)'\s*\)\s*$", re.DOTALL)
_REPLACE = "replace("


@dataclass(frozen=True)
class Chain:
    """What a folded view computes: ``fold(inner)`` over ``source``, keyed by ``key``."""

    source: str                       # a table, or the view the chain starts from
    key: str                          # the source's column named as the view's id
    inner: str                        # the SQL expression the first replacement takes
    pairs: tuple[tuple[str, str], ...]  # the replacements, in the order SQLite applies them

    def function(self) -> Callable[[Any], Any]:
        return compile_pairs(self.pairs)


def _peel(expr: str) -> tuple[str, list[tuple[str, str]]] | None:
    """``replace(replace(X, 'a', 'b'), 'c', 'd')`` -> (X, [(a, b), (c, d)])."""
    pairs: list[tuple[str, str]] = []
    expr = expr.strip()
    while expr[:len(_REPLACE)].lower() == _REPLACE:
        m = _PAIR.search(expr)
        if m is None:
            return None
        pairs.append((m[1].replace("''", "'"), m[2].replace("''", "'")))
        expr = expr[len(_REPLACE):m.start()].strip()
    return expr, pairs[::-1]


def read_chain(views: dict[str, str], top: str, base: str | None = None) -> Chain | None:
    """The chain of replacements from ``top`` down to ``base`` (a view computed in SQL), or
    to the first view that reads a table when ``base`` is None. ``views``: name -> SQL."""
    pairs: list[tuple[str, str]] = []
    name, want = top, None  # want: the column the view above reads from this one
    for _depth in range(16):
        sql = views.get(name)
        m = _VIEW.fullmatch(sql or "")
        if m is None or m[1] != name or (want is not None and (m[2], m[3]) != ("id", want)):
            return None
        _view, _id_col, _out_col, key, expr, source = m.groups()
        peeled = _peel(expr)
        if peeled is None or not peeled[1]:
            return None
        inner, step = peeled
        pairs[:0] = step
        if source == base:
            head = _HEAD.match(views.get(base) or "")
            return Chain(source, key, inner, tuple(pairs)) if head and key == head[2] \
                and inner == head[3] else None
        if source not in views:  # reads a table: the chain starts here
            return Chain(source, key, inner, tuple(pairs)) if base is None else None
        if key != "id" or not re.fullmatch(r"\w+", inner):
            return None
        name, want = source, inner
    return None


def compile_pairs(pairs: tuple[tuple[str, str], ...]) -> Callable[[Any], Any]:
    """A function giving what the chain of SQLite ``replace()`` calls gives (NULL: None)."""
    steps: list[tuple[str, Any, Any]] = []
    run: dict[str, str] = {}

    def close() -> None:
        # one pass over the text, each character replaced by what the run makes of it (what
        # str.translate does, but a character class finds the few letters in a text faster)
        if run:
            table = dict(run)
            chars = "".join(re.escape(c) for c in sorted(table))
            steps.append(("translate", re.compile(f"[{chars}]"), table))
            run.clear()

    for old, new in pairs:
        if not old:  # SQLite: replace(X, '', Z) is X
            continue
        if len(old) == 1:
            for char, now in run.items():
                run[char] = now.replace(old, new)
            run.setdefault(old, new)
            continue
        close()
        steps.append(("replace", old, new))
    close()
    frozen = tuple(steps)

    def fold(value: Any) -> Any:
        if value is None:
            return None
        s = str(value)
        for kind, a, b in frozen:
            if kind == "translate":
                s = a.sub(lambda m, table=b: table[m.group()], s)
            elif a in s:
                s = s.replace(a, b)
        return s
    return fold


def views_of(raw: Any) -> dict[str, str]:
    """The views of a SQLite connection's main database: name -> SQL."""
    return {n: s for n, s in raw.execute(
        "SELECT name, sql FROM main.sqlite_master WHERE type = 'view'")}
