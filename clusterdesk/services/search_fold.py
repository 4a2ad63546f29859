"""Finding an organization however its name is typed: the queries over the folded indexes.

Migration 0007 keeps two FTS5 indexes of the *folded* name (``domain.text.search_fold``:
Kazakh letters as their Russian look-alikes, ё as е, Latin as Cyrillic): a trigram index, so
three letters or more match anywhere inside a word, and a word index for one or two letters
(word starts) and for ranking whole words first. Both answer from the index, which keeps a
keystroke fast on 100,000 names.
"""

from __future__ import annotations

import re

from sqlalchemy import ColumnElement, TextClause, case, literal_column, or_, text

from clusterdesk.domain.text import search_fold
from clusterdesk.store.models import Organization

_TOKEN = re.compile(r"\w+", re.UNICODE)


def folded_words(term: str) -> list[str]:
    """The words of ``term`` as the name indexes hold them (folded)."""
    return _TOKEN.findall(search_fold(term))


def name_rowids(term: str, tier: str = "any") -> TextClause | None:
    """Rowids of organizations whose folded name holds every word typed.

    ``any``: three letters or more anywhere inside a word (trigram index), one or two at a
    word's start; ``start``: every word at a word's start; ``whole``: every word whole.
    None when nothing searchable was typed.
    """
    words = folded_words(term)
    if not words:
        return None
    if tier == "whole":
        parts = [("organizations_words_fts", " ".join(f'"{w}"' for w in words))]
    elif tier == "start":
        parts = [("organizations_words_fts", " ".join(f'"{w}"*' for w in words))]
    else:
        infix = [w for w in words if len(w) >= 3]
        starts = [w for w in words if len(w) < 3]
        parts = [(t, q) for t, q in (
            ("organizations_infix_fts", " AND ".join(f'"{w}"' for w in infix)),
            ("organizations_words_fts", " ".join(f'"{w}"*' for w in starts))) if q]
    sql = " INTERSECT ".join(f"SELECT rowid FROM {t} WHERE {t} MATCH :{tier}{i}"
                             for i, (t, _q) in enumerate(parts))
    return text(sql).bindparams(**{f"{tier}{i}": q for i, (_t, q) in enumerate(parts)})


def org_search(term: str) -> ColumnElement[bool] | None:
    """Organizations whose name (folded, inside words) or BIN matches ``term``."""
    rowids = name_rowids(term)
    if rowids is None:
        return None
    digits = "".join(term.split())
    cond = literal_column("organizations.rowid").in_(rowids)
    if digits.isdigit():
        cond = or_(cond, Organization.bin.startswith(digits))
    return cond


def org_rank(term: str) -> ColumnElement | None:
    """0 for names holding the words typed whole, 1 for word starts, 2 for the rest."""
    whole, start = name_rowids(term, "whole"), name_rowids(term, "start")
    if whole is None or start is None:
        return None
    rowid = literal_column("organizations.rowid")
    return case((rowid.in_(whole), 0), (rowid.in_(start), 1), else_=2)
