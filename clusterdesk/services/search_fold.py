"""Finding organizations and consultations however a name is typed: queries over the folded
indexes.

Migrations 0007 (organization names) and 0009 (consultations: their organization's name,
topics, notes, outcome) keep two FTS5 indexes each of a *folded* text
(``domain.text.search_fold``: Kazakh letters as their Russian look-alikes, ё as е, Latin as
Cyrillic): ``<table>_infix_fts`` (trigram: three letters or more match anywhere inside a
word) and ``<table>_words_fts`` (word starts for one or two letters, whole words for ranking).
Every query is answered from an index, which keeps a keystroke fast on 300,000 rows.

The SQL here is SQLite's (FTS5). PostgreSQL (0010) answers the same questions with its own
trigram and full-text indexes (``services.search_pg``): ``folded_rowids`` carries both texts
and picks one when compiled, the counts pick by the session's database.
"""

from __future__ import annotations

import re

from sqlalchemy import (
    Boolean,
    ColumnElement,
    TextClause,
    case,
    literal_column,
    or_,
    text,
)
from sqlalchemy.orm import Session

from clusterdesk.domain.text import search_fold
from clusterdesk.services.list_query import DENSE_HITS
from clusterdesk.services.search_pg import capped_count_sql, row_condition, rowids_sql
from clusterdesk.store.dialect_sql import by_dialect, by_dialect_text, is_postgres
from clusterdesk.store.models import Organization

# letters and digits make words; everything else (the underscore too) separates them, as in
# the word index's tokenizer
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)


def folded_words(term: str) -> list[str]:
    """The words of ``term`` as the name indexes hold them (folded)."""
    return _TOKEN.findall(search_fold(term))


def _fts_sql(table: str, term: str, tier: str) -> tuple[str, dict[str, str]] | None:
    """SQL selecting the rowids of ``table`` whose folded text holds every word typed."""
    words = folded_words(term)
    if not words:
        return None
    infix_fts, words_fts = f"{table}_infix_fts", f"{table}_words_fts"
    if tier == "whole":
        parts = [(words_fts, " ".join(f'"{w}"' for w in words))]
    elif tier == "start":
        parts = [(words_fts, " ".join(f'"{w}"*' for w in words))]
    else:
        infix = [w for w in words if len(w) >= 3]
        starts = [w for w in words if len(w) < 3]
        parts = [(t, q) for t, q in (
            (infix_fts, " AND ".join(f'"{w}"' for w in infix)),
            (words_fts, " ".join(f'"{w}"*' for w in starts))) if q]
    params = {f"{tier}{i}": q for i, (_t, q) in enumerate(parts)}
    if tier == "any" and table in _SHORT_FIRST and len(parts) == 2 and _short_first(words):
        return _short_first_sql(table, infix, params)
    (first, _q), *rest = parts
    sql = f"SELECT rowid FROM {first} WHERE {first} MATCH :{tier}0"
    if rest:  # «ТОО А»: the rows of the first index kept if the second one has them too,
        other = rest[0][0]  # read as they stream (cheaper than INTERSECT; the same rows)
        sql += f" AND +rowid IN (SELECT rowid FROM {other} WHERE {other} MATCH :{tier}1)"
    return sql, params


# Tables whose short names let a word start of two letters lead a search (stored text: 0014)
_SHORT_FIRST = {"organizations"}


def _short_first(words: list[str]) -> bool:
    """Whether the word starts typed should lead: a word of three letters is one trigram,
    often in nearly every name («тоо» in 99,805 of 100,000), while two letters at a word's
    start are read off their own prefix index («ал»: 5,000). One letter or a longer word
    leads the other way (a one-letter start can be in every name)."""
    return (all(len(w) == 3 for w in words if len(w) >= 3)
            and any(len(w) == 2 for w in words if len(w) < 3))


def _short_first_sql(table: str, infix: list[str],
                     params: dict[str, str]) -> tuple[str, dict[str, str]]:
    """The rowids whose words start as typed (the word index), each kept if its stored
    folded text (0014, lower case) holds the longer words: the same rows as the trigram
    index gives, without reading its hits."""
    words_fts, stored = f"{table}_words_fts", f"{table}_search_text"
    conds = [f"instr(t.text, :any_in{i}) > 0" for i in range(len(infix))]
    sql = (f"SELECT {words_fts}.rowid AS rowid FROM {words_fts} JOIN {stored} AS t "
           f"ON t.id = {words_fts}.rowid WHERE {words_fts} MATCH :any0 AND "
           + " AND ".join(conds))
    found = {"any0": params["any1"], **{f"any_in{i}": w for i, w in enumerate(infix)}}
    return sql, found


def folded_rowids(table: str, term: str, tier: str = "any") -> TextClause | None:
    """Rowids of ``table`` (organizations, consultations) whose folded text holds every word.

    ``any``: three letters or more anywhere inside a word (trigram index), one or two at a
    word's start; ``start``: every word at a word's start; ``whole``: every word whole.
    None when nothing searchable was typed.
    """
    found = _fts_sql(table, term, tier)
    if found is None:
        return None
    pg_sql, pg_params = rowids_sql(table, folded_words(term), tier)
    return by_dialect_text(text(found[0]).bindparams(**found[1]),
                           text(pg_sql).bindparams(**pg_params))


def _rowids_sql(session: Session, table: str, term: str, tier: str = "any",
                ) -> tuple[str, dict[str, str]] | None:
    """The ``tier`` rowids query of ``term`` in the session's database's own SQL."""
    found = _fts_sql(table, term, tier)
    if found is None or not is_postgres(session):
        return found
    return rowids_sql(table, folded_words(term), tier)


def _capped_pg(session: Session, table: str, term: str, cap: int) -> int | None:
    """PostgreSQL: rows of ``table`` not deleted matching ``term``, counted off the trigram
    and full-text indexes until ``cap`` are found (``search_pg.capped_count_sql``)."""
    words = folded_words(term)
    if not words:
        return None
    # a keystroke counts twice in one session (the quick count, then enough to choose how
    # to read the page): the count just made answers the next question once, if it stopped
    # at a larger cap or before its cap
    memo = session.info.setdefault("pg_capped_counts", {})
    known = memo.pop((table, term), None)
    if known is not None and (known[1] < known[0] or known[0] >= cap):
        return min(known[1], cap)
    counted = 0
    for sql, params in capped_count_sql(table, words, "any", cap):
        counted += session.scalar(text(sql.format(cap=int(cap - counted))), params) or 0
        if counted >= cap:
            break
    memo[(table, term)] = (cap, counted)
    return counted


def name_rowids(term: str, tier: str = "any") -> TextClause | None:
    """Rowids of organizations whose folded name holds every word typed (see above)."""
    return folded_rowids("organizations", term, tier)


def quick_count(session: Session, table: str, term: str, cap: int) -> int | None:
    """Rows of ``table`` not deleted matching ``term``, counted up to ``cap``.

    Read straight from the index, joined row by row, so it stops at ``cap`` instead of
    collecting every hit first (a few ms for a term matching 100,000 rows). None when nothing
    searchable was typed.
    """
    if is_postgres(session):
        return _capped_pg(session, table, term, cap)
    found = _rowids_sql(session, table, term)
    if found is None:
        return None
    sql = (f"SELECT count(*) FROM (SELECT 1 FROM ({found[0]}) AS hit JOIN {table} AS t "
           f"ON t.rowid = hit.rowid WHERE NOT t.deleted LIMIT {int(cap)}) AS capped")
    return session.scalar(text(sql), found[1]) or 0


def hits_at_most(session: Session, table: str, term: str, cap: int) -> int:
    """How many index entries match ``term``, up to ``cap`` (deleted rows included), enough
    to choose how to read a page of results. Word starts are counted first (a prefix index:
    a few ms); they are a part of the matches, so past ``cap`` the matches inside words (a
    long trigram phrase costs more) need no counting. A word of three letters has no prefix
    index (its word starts are merged from every word beginning so: «тоо», in nearly every
    name, 6–8 ms) but is a single trigram: with no one-letter word beside it (whose
    thousands of names the trigram's hits would be tested against) the matches are counted
    straight away."""
    if is_postgres(session):
        return _capped_pg(session, table, term, cap) or 0
    counted = 0
    words = folded_words(term)
    direct = any(len(w) == 3 for w in words) and all(len(w) >= 2 for w in words)
    for tier in ("any",) if direct else ("start", "any"):
        found = _rowids_sql(session, table, term, tier)
        if found is None:
            return 0
        sql = f"SELECT count(*) FROM ({found[0]} LIMIT {int(cap)}) AS capped"
        counted = session.scalar(text(sql), found[1]) or 0
        if counted >= cap:
            break
    return counted


def org_search(term: str, dense: bool = False) -> ColumnElement[bool] | None:
    """Organizations whose name (folded, inside words) or BIN matches ``term``.

    ``dense`` (a term found in tens of thousands of names, read alphabetically off the name
    index): each name walked is tested on its stored folded name (0014; three letters or
    more inside words, one or two at a word's start) — the same rows as the indexes give,
    without first collecting their tens of thousands of hits («тоо» is in nearly every name).
    """
    rowids = name_rowids(term)
    if rowids is None:
        return None
    digits = "".join(term.split())
    words = folded_words(term)
    if dense and not digits.isdigit():
        # the stored folded name tested (0014; PostgreSQL's of 0010)
        pg_cond, params = row_condition("organizations", words)
        return by_dialect(_stored_text_holds("organizations", words),
                          text(pg_cond).bindparams(**params), type_=Boolean)
    # PostgreSQL: the row's own folded name tested (its indexes answer it directly; as
    # ``rowid IN (…)`` every name was read to be joined with the hits)
    pg_cond, params = row_condition("organizations", words)
    cond = by_dialect(literal_column(f"{'+' if dense else ''}organizations.rowid").in_(rowids),
                      text(pg_cond).bindparams(**params), type_=Boolean)
    if digits.isdigit():
        cond = or_(cond, Organization.bin.startswith(digits))
    return cond


def org_quick_count(session: Session, term: str, cap: int) -> int | None:
    """Organizations counted from the name index (a BIN typed is counted the usual way)."""
    if "".join(term.split()).isdigit():
        return None
    if is_postgres(session):  # on to what ``org_hits`` needs next, counted once (_capped_pg)
        return min(cap, _capped_pg(session, "organizations", term, max(cap, DENSE_HITS + 1))
                   or 0) if folded_words(term) else None
    return quick_count(session, "organizations", term, cap)


def org_hits(session: Session, term: str) -> int:
    """Enough of the count of matching names to choose how to read a page: past
    ``DENSE_HITS`` (a term found in tens of thousands of names, such as «ТОО») the page is
    read alphabetically off the name index, without ranking whole words first."""
    return hits_at_most(session, "organizations", term, DENSE_HITS + 1)


def org_rank(term: str) -> ColumnElement | None:
    """0 for names holding the words typed whole, 1 for word starts, 2 for the rest.

    PostgreSQL tests each hit's own stored words (``search_words``) instead of its rowid's
    presence among every name holding the words: that set was gathered from the index first
    — «тоо» is in nearly every name, «ш» starts a word in 6,700 — and the ranked first page
    of «ТОО Ал» or «Sh» cost 40 ms instead of 20 (the same rows, in the same order)."""
    whole, start = name_rowids(term, "whole"), name_rowids(term, "start")
    if whole is None or start is None:
        return None
    rowid = literal_column("organizations.rowid")
    words = folded_words(term)
    tiers = []
    for tier, rowids in (("whole", whole), ("start", start)):
        pg_cond, params = row_condition("organizations", words, tier)
        tiers.append(by_dialect(rowid.in_(rowids), text(pg_cond).bindparams(**params),
                                type_=Boolean))
    return case((tiers[0], 0), (tiers[1], 1), else_=2)


def consultation_search(term: str, dense: bool = False,
                        scan: bool = False) -> ColumnElement[bool] | None:
    """Consultations whose organization's name, topics, notes or outcome hold every word
    typed (folded, inside words: one index, migration 0009).

    ``dense``: the unary plus keeps SQLite from fetching the hits through the rowid index, so
    that it walks the sort column's index and tests membership instead. ``scan`` (a term in
    tens of thousands of consultations): each row walked is tested on its stored folded text
    (0012 on SQLite, ``search_folded`` on PostgreSQL), without collecting the hits first — a
    page then costs what its rows cost, however many rows match.
    """
    rowids = folded_rowids("consultations", term)
    if rowids is None:
        return None
    cond = literal_column(f"{'+' if dense or scan else ''}consultations.rowid").in_(rowids)
    if not (scan or dense):
        return cond
    words = folded_words(term)
    mine = _stored_text_holds("consultations", words) if scan else cond
    # PostgreSQL keeps each row's folded text and its words too (0010, 0013). There a dense
    # page tests each row walked as a scan does: ``+rowid IN (hits)`` walked the date index
    # with no statistics for ``+rowid`` (half the rows guessed to match), comparing every
    # row walked with every hit (2 s for «меб»'s 11,000 hits; tested on the row, 30 ms).
    pg_cond, params = row_condition("consultations", words)
    return by_dialect(mine, text(pg_cond).bindparams(**params), type_=Boolean)


def _stored_text_holds(table: str, words: list[str]) -> TextClause:
    """SQLite: the row's stored search text (``<table>_search_text``: 0012, 0014; lower case)
    holds every word: three letters or more by ``instr`` (no Python per row), one or two at a
    word's start (``domain.text.holds_words``)."""
    conds, params = [], {}
    for i, word in enumerate(w for w in words if len(w) >= 3):
        conds.append(f"instr(t.text, :scan{i}) > 0")
        params[f"scan{i}"] = word
    short = [w for w in words if len(w) < 3]
    for i, word in enumerate(short):  # held somewhere first: most texts are passed in C
        conds.append(f"instr(t.text, :scan_in{i}) > 0")
        params[f"scan_in{i}"] = word
    if short:
        conds.append("search_holds(t.text, :scan_short)")
        params["scan_short"] = " ".join(short)
    return text(f"EXISTS (SELECT 1 FROM {table}_search_text AS t WHERE "
                f"t.id = {table}.rowid AND {' AND '.join(conds)})").bindparams(**params)
