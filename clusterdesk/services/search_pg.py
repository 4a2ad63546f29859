"""The folded search on PostgreSQL: the same questions as the FTS5 queries, from pg_trgm and
full-text indexes (migration 0010) instead of a scan, over the column ``search_folded`` that
holds each row's folded text (computed when the row is written).

Every word is folded (``domain.text.search_fold``) before it gets here. A word of three
letters or more matches anywhere inside the folded text (``LIKE '%word%'``, answered by the
trigram GIN index); one or two letters match a word's start, and a "whole word" a whole word
(``search_words @@ to_tsquery(…)``: the words of the folded text, stored beside it, and the
full-text GIN index over them).

A consultation is searched by its organization's name too (SQLite's 0009 indexes one text
holding both): each word matches either the consultation's own folded text or its
organization's name, through the organizations' own indexes.

Three forms: ``rowids_sql`` gathers the hits from the indexes (a term found in few rows);
``capped_count_sql`` counts them off the indexes up to a cap; ``row_condition`` tests one row
(a term found in most rows: the list walks its sort order and stops at a page, instead of
gathering every hit).
"""

from __future__ import annotations

FOLDED = {"organizations": "search_folded", "consultations": "search_folded"}
WORDS = "search_words"  # the words of ``search_folded`` (to_tsvector, stored: 0013)


def _like(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _word_conditions(words: list[str], tier: str, folded: str, key: str,
                     params: dict[str, str]) -> list[str]:
    """One SQL condition per word on the ``folded`` expression (parameters into ``params``)."""
    out = []
    for i, word in enumerate(words):
        name = f"{key}{i}"
        if tier == "any" and len(word) >= 3:
            params[name] = _like(word)
            out.append(f"{folded} LIKE :{name}")
        else:
            params[name] = f"'{word}'" + ("" if tier == "whole" else ":*")
            vector = folded.replace(FOLDED["organizations"], WORDS)
            out.append(f"{vector} @@ to_tsquery('simple'::regconfig, :{name})")
    return out


def _branches(words: list[str], tier: str, params: dict[str, str], what: str,
              live: bool) -> tuple[str, str]:
    """A consultation matches when each word is in its own folded text or in its
    organization's name. Two disjoint SELECTs of ``what`` (``rowid`` or ``1``) give every
    match once, with no de-duplication, so a LIMIT stops them early: the rows holding every
    word themselves (read off the consultations' indexes), then those found through their
    organization's name (read off the organizations' indexes) that do not."""
    own = _word_conditions(words, tier, "consultations.search_folded", "pgc", params)
    mine = _word_conditions(words, tier, "c.search_folded", "pgc", {})  # the same parameters
    org = _word_conditions(words, tier, "o.search_folded", "pgc", {})
    alive = ("NOT consultations.deleted AND ", "NOT c.deleted AND ") if live else ("", "")
    first = f"SELECT {what} FROM consultations WHERE {alive[0]}{' AND '.join(own)}"
    # (one word: its organization's name holds it and the row's own text does not)
    either = "".join(f"({a} OR {b}) AND " for a, b in zip(mine, org, strict=True)
                     if len(words) > 1)
    second = (f"SELECT {what.replace('rowid', 'c.rowid')} FROM organizations AS o "
              f"JOIN consultations AS c ON c.organization_uuid = o.uuid WHERE {alive[1]}"
              f"({' OR '.join(org)}) AND {either}NOT ({' AND '.join(mine)})")
    return first, second


def rowids_sql(table: str, words: list[str], tier: str) -> tuple[str, dict[str, str]]:
    """SQL selecting the ``rowid`` of the rows of ``table`` matching every word, and its
    parameters (``words`` not empty, already folded)."""
    params: dict[str, str] = {}
    if table == "organizations":
        conds = _word_conditions(words, tier, FOLDED[table], f"pg{tier}", params)
        return f"SELECT rowid FROM organizations WHERE {' AND '.join(conds)}", params
    if table != "consultations":
        raise ValueError(f"no folded search index for {table}")
    first, second = _branches(words, tier, params, "rowid", live=False)
    return f"{first} UNION ALL {second}", params


def capped_count_sql(table: str, words: list[str], tier: str, cap: int,
                     ) -> list[tuple[str, dict[str, str]]]:
    """SQL counting the rows of ``table`` not deleted matching every word, up to ``cap``:
    read off the indexes and stopped at ``cap`` (a common term stops at once, a rare one
    reads only its hits). For consultations, two statements: their own texts' hits, then —
    when they are fewer than ``cap`` — the rest found through their organization's name,
    up to what is left (run as one, PostgreSQL reads both at once in parallel workers)."""
    params: dict[str, str] = {}
    if table == "organizations":
        conds = _word_conditions(words, tier, "organizations.search_folded", "pgn", params)
        parts = [f"SELECT 1 FROM organizations WHERE NOT deleted AND {' AND '.join(conds)}"]
    else:
        parts = list(_branches(words, tier, params, "1", live=True))
    return [(f"SELECT count(*) FROM ({inner} LIMIT {{cap}}) AS capped", params)
            for inner in parts]


ORG_OF_CONSULTATION = ("(SELECT o.search_folded FROM organizations AS o "
                       "WHERE o.uuid = consultations.organization_uuid)")


def row_condition(table: str, words: list[str], tier: str = "any") -> tuple[str, dict[str, str]]:
    """SQL true for a row of ``table`` (named so, not aliased) matching every word. A
    consultation's organization is tested, for a word of three letters or more, by its
    uuid's presence among the organizations whose name holds the word, a set read once off
    the trigram index and hashed (a list walked tests thousands of rows: looking up each
    row's organization cost twice as much, 107 ms instead of 48 for the 6,400 rows walked
    for «Қайн»); a word start of one or two letters is in tens of thousands of names
    («а»: 26,000, 134 ms to gather) and in most rows, so few rows are walked and each row's
    organization is looked up (12 ms)."""
    params: dict[str, str] = {}
    own = _word_conditions(words, tier, f"{table}.search_folded", f"pgr{tier}", params)
    if table == "organizations":
        return " AND ".join(own), params
    # the same parameters: the organizations' set, and one row's organization looked up
    in_set = _word_conditions(words, tier, "o.search_folded", f"pgr{tier}", {})
    looked_up = _word_conditions(words, tier, ORG_OF_CONSULTATION, f"pgr{tier}", {})
    parts = []
    for word, mine, org, its in zip(words, own, in_set, looked_up, strict=True):
        if tier == "any" and len(word) >= 3:
            its = (f"{table}.organization_uuid IN "
                   f"(SELECT o.uuid FROM organizations AS o WHERE {org})")
        parts.append(f"({mine} OR {its})")
    return " AND ".join(parts), params
