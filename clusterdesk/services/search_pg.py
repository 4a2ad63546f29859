"""The folded search on PostgreSQL: the same questions as the FTS5 queries, from pg_trgm and
full-text indexes (migration 0010) instead of a scan, over the column ``search_folded`` that
holds each row's folded text (computed when the row is written).

Every word is folded (``domain.text.search_fold``) before it gets here. A word of three
letters or more matches anywhere inside the folded text (``LIKE '%word%'``, answered by the
trigram GIN index); one or two letters match a word's start, and a "whole word" a whole word
(``to_tsvector('simple', …) @@ to_tsquery(…)``, the full-text GIN index). The expressions
are written exactly as the indexes are, so the planner uses them.

A consultation is searched by its organization's name too (SQLite's 0009 indexes one text
holding both): each word matches either the consultation's own folded text or its
organization's name, through the organizations' own indexes.

Two forms: ``rowids_sql`` gathers the hits from the indexes (a term found in few rows);
``row_condition`` tests one row (a term found in most rows: the list walks its sort order and
stops at a page, and a capped count stops at its cap, instead of gathering every hit).
"""

from __future__ import annotations

FOLDED = {"organizations": "search_folded", "consultations": "search_folded"}
_VECTOR = "to_tsvector('simple'::regconfig, {})"


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
            out.append(f"{_VECTOR.format(folded)} @@ to_tsquery('simple'::regconfig, :{name})")
    return out


def rowids_sql(table: str, words: list[str], tier: str) -> tuple[str, dict[str, str]]:
    """SQL selecting the ``rowid`` of the rows of ``table`` matching every word, and its
    parameters (``words`` not empty, already folded)."""
    params: dict[str, str] = {}
    if table == "organizations":
        conds = _word_conditions(words, tier, FOLDED[table], f"pg{tier}", params)
        return f"SELECT rowid FROM organizations WHERE {' AND '.join(conds)}", params
    if table != "consultations":
        raise ValueError(f"no folded search index for {table}")
    own = _word_conditions(words, tier, FOLDED[table], f"pgc{tier}", params)
    org = _word_conditions(words, tier, "o.search_folded", f"pgo{tier}", params)
    parts = [f"(SELECT rowid FROM consultations WHERE {mine} UNION "
             f"SELECT c.rowid FROM consultations AS c JOIN organizations AS o "
             f"ON o.uuid = c.organization_uuid WHERE {theirs})"
             for mine, theirs in zip(own, org, strict=True)]
    return "SELECT rowid FROM (" + " INTERSECT ".join(parts) + ") AS hits", params


ORG_OF_CONSULTATION = ("(SELECT o.search_folded FROM organizations AS o "
                       "WHERE o.uuid = consultations.organization_uuid)")


def row_condition(table: str, words: list[str], tier: str = "any",
                  org_text: str = ORG_OF_CONSULTATION) -> tuple[str, dict[str, str]]:
    """SQL true for a row of ``table`` (named so, not aliased) matching every word; a
    consultation's organization's folded name is ``org_text`` (a joined ``o.search_folded``
    when the query joins it: a lookup per row costs more)."""
    params: dict[str, str] = {}
    own = _word_conditions(words, tier, f"{table}.search_folded", f"pgr{tier}", params)
    if table == "organizations":
        return " AND ".join(own), params
    org = _word_conditions(words, tier, org_text, f"pgr{tier}", {})  # the same parameters
    return " AND ".join(f"({a} OR {b})" for a, b in zip(own, org, strict=True)), params
