"""Importing a registry of organizations (and their contacts) in bulk, all rows or none.

An akimat's or chamber's list is mapped to our fields (guessed from Russian, Kazakh or English
headers, the last mapping remembered in ``local_state``), each row checked as the organization
editor checks it (name, BIN, e-mail), its region looked up by name or KATO, and duplicates
refused: a BIN already held by a live organization or by an earlier row, or, without a BIN,
the same name in the same region. ``preview`` says what would happen to every row; ``apply``
writes the good rows in one transaction through the ORM (so they are stamped for sync) and
returns the summary with every refused row and its reasons.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from clusterdesk.domain.bin import normalize_bin
from clusterdesk.domain.text import search_fold
from clusterdesk.errors import ClusterDeskError, Reason, ValidationError
from clusterdesk.services import organizations
from clusterdesk.services.registry_files import Table, read_table
from clusterdesk.store.database import Database
from clusterdesk.store.models import Contact, LocalState, Organization
from clusterdesk.store.refdata import region_by_kato, regions, today_code
from clusterdesk.store.text_limits import length_problems

MAPPING_KEY = "registry_mapping"  # local_state: the last mapping used, {field: header}
# Our fields, in the order headers are tried against them (specific words before "name").
FIELDS = ("bin", "email", "phone", "region", "address", "contact", "position", "legal_form",
          "name")
HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "bin": ("бин", "бсн", "иин", "жсн", "bin", "iin"),
    "email": ("e-mail", "email", "почта", "пошта", "электрон"),
    "phone": ("телефон", "тел.", "phone", "tel"),
    "region": ("регион", "област", "облыс", "өңір", "като", "kato", "region"),
    "address": ("адрес", "мекенжай", "address"),
    "contact": ("руковод", "контакт", "директор", "басшы", "байланыс", "фио", "аты-жөні",
                "contact", "head", "manager"),
    "position": ("должност", "лауазым", "position"),
    "legal_form": ("правов", "нысан", "опф", "legal form", "legal_form"),
    "name": ("наимен", "назван", "атау", "организац", "ұйым", "компан", "предприят",
             "кәсіпорын", "name"),
}
KAZAKH_LETTERS = frozenset("әғқңөұүһі")
_REGION_NOISE = re.compile(r"\b(область|обл|облысы|region|oblast|город|г|қаласы|city)\b\.?")


@dataclass
class Row:
    """One row of the file: its number there, the mapped values and what happens to it."""

    number: int
    values: dict[str, str]
    problems: list[ValidationError] = field(default_factory=list)  # why it is refused
    region_code: str | None = None
    settlement_kato: str = ""

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def reasons(self) -> list[str]:
        """The problems in English ("BIN: must have 12 digits, has 3")."""
        return [str(p) for p in self.problems]

    def refuse(self, field_name: str, reason: Reason) -> None:
        self.problems.append(ValidationError(field_name, reason))


@dataclass
class Summary:
    """What an import did (or, for a preview, would do)."""

    file: str
    mapping: dict[str, str]
    rows: list[Row]
    imported: int = 0
    contacts: int = 0
    dry_run: bool = True

    @property
    def refused(self) -> list[Row]:
        return [r for r in self.rows if not r.ok]

    def as_json(self) -> dict:
        return {"file": self.file, "mapping": self.mapping, "dry_run": self.dry_run,
                "rows": len(self.rows), "accepted": sum(r.ok for r in self.rows),
                "imported": self.imported, "contacts": self.contacts,
                "refused": [{"row": r.number, "name": r.values.get("name", ""),
                             "reasons": r.reasons, "codes": [p.reason.code for p in r.problems]}
                            for r in self.refused]}


def guess_mapping(header: list[str]) -> dict[str, str]:
    """Our field -> the file's header, from the words headers usually contain."""
    out: dict[str, str] = {}
    for title in header:
        low = title.casefold()
        for name in FIELDS:
            if name not in out and any(w in low for w in HEADER_WORDS[name]):
                out[name] = title
                break
    return out


def parse_overrides(text: str | None) -> dict[str, str]:
    """``name=Наименование,bin=БИН`` as a dict (fields checked by ``resolve_mapping``)."""
    out: dict[str, str] = {}
    for item in filter(None, (p.strip() for p in (text or "").split(","))):
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise ClusterDeskError("registry.mapping", item=item, fields=", ".join(FIELDS),
                                   columns="")
        out[key.strip()] = value.strip()
    return out


def resolve_mapping(header: list[str], overrides: dict[str, str] | None = None,
                    remembered: dict[str, str] | None = None) -> dict[str, str]:
    """The mapping to use: typed overrides, then the remembered one, then the guess."""
    mapping = guess_mapping(header)
    for source in (remembered or {}), (overrides or {}):
        for name, title in source.items():
            if name not in FIELDS or (title and title not in header):
                if source is remembered:
                    continue  # another file's column: the guess stands
                raise ClusterDeskError("registry.mapping", item=f"{name}={title}",
                                       fields=", ".join(FIELDS), columns="; ".join(header))
            mapping = {k: v for k, v in mapping.items() if v != title}
            if title:
                mapping[name] = title
            else:
                mapping.pop(name, None)  # "field=" unmaps it
    return mapping


def load_mapping(session: Session) -> dict[str, str]:
    value = session.scalar(select(LocalState.value).where(LocalState.key == MAPPING_KEY))
    try:
        data = json.loads(value) if value else {}
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def save_mapping(session: Session, mapping: dict[str, str]) -> None:
    session.merge(LocalState(key=MAPPING_KEY, value=json.dumps(mapping, ensure_ascii=False)))


def name_fold(name: str) -> str:
    """A name as compared for look-alikes: folded, quotes and extra spaces gone."""
    return " ".join(re.sub(r"[«»\"'“”„]", " ", search_fold(name)).split())


@cache
def _region_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for code, ref in regions().items():
        for text in ref.names.values():
            for key in (name_fold(text), name_fold(_REGION_NOISE.sub(" ", text.casefold()))):
                if key:
                    index.setdefault(key, code)
    return index


def find_region(value: str) -> tuple[str, str] | None:
    """(region code as recorded, settlement KATO) for a region name or KATO code; None when
    unknown. A 9-digit KATO below region level is kept as the settlement."""
    value = value.strip()
    if value.isdigit():
        ref = region_by_kato(value)
        if ref is None:
            return None
        return ref.code, value if len(value) == 9 and value.rstrip("0") != ref.code else ""
    index = _region_index()
    for key in (name_fold(value), name_fold(_REGION_NOISE.sub(" ", value.casefold()))):
        if key in index:
            return index[key], ""
    return None


def _values(table: Table, mapping: dict[str, str], cells: list[str]) -> dict[str, str]:
    where = {title: i for i, title in enumerate(table.header)}
    out = {}
    for name, title in mapping.items():
        i = where.get(title)
        out[name] = cells[i].strip() if i is not None and i < len(cells) else ""
    bin_ = normalize_bin(out.get("bin"))
    if table.kind == "xlsx" and len(bin_) == 11 and bin_.isdigit():
        bin_ = "0" + bin_  # a numeric cell lost the leading zero of a 2000s BIN
    out["bin"] = bin_
    return out


# "?" inside a word: a letter the file's encoding could not hold (Excel's "CSV" on a Russian
# Windows is Windows-1251, which has no Ә Ғ Қ Ң Ө Ұ Ү Һ І): importing would keep the damage
LOST_LETTER = re.compile(r"\w\?|\?\w")


def _organization(row: Row) -> Organization:
    v = row.values
    name = v.get("name", "").strip()
    lang = "kk" if KAZAKH_LETTERS & set(name.casefold()) else "ru"
    return Organization(name=name, name_lang=lang,  # name_key: set on save (stamping)
                        legal_form=v.get("legal_form", ""), bin=v.get("bin", ""),
                        region_recorded_code=row.region_code, region_code=row.region_code,
                        settlement_kato=row.settlement_kato, address=v.get("address", ""),
                        phone=v.get("phone", ""), email=v.get("email", ""))


def check_rows(session: Session, table: Table, mapping: dict[str, str]) -> list[Row]:
    """Every row with the reasons it is refused (none: it will be imported)."""
    if "name" not in mapping:
        raise ClusterDeskError("registry.no_name", columns="; ".join(table.header))
    live = session.execute(select(Organization.uuid, Organization.name, Organization.region_code)
                           .where(Organization.deleted.is_(False))).all()
    known = {(name_fold(n), r or ""): (u, n) for u, n, r in live}
    seen_bins: dict[str, int] = {}
    seen_names: dict[tuple[str, str], int] = {}
    rows: list[Row] = []
    for number, cells in table.rows:
        row = Row(number, _values(table, mapping, cells))
        for key in ("name", "contact", "position", "address", "legal_form"):
            if LOST_LETTER.search(row.values.get(key, "")):
                row.refuse(key, Reason("registry.lost_letters", value=row.values[key]))
        region = row.values.get("region", "")
        if region:
            found = find_region(region)
            if found is None:
                row.refuse("region", Reason("registry.region", value=region))
            else:
                row.region_code, row.settlement_kato = found
        org = _organization(row)
        row.problems += organizations.problems(session, org)
        if row.values.get("contact", "").strip():
            row.problems += length_problems(Contact(name=row.values["contact"].strip(),
                                                    position=row.values.get("position", "")))
        bin_ = org.bin
        if bin_ and bin_ in seen_bins:
            row.refuse("BIN", Reason("registry.file_duplicate", bin=bin_, row=seen_bins[bin_]))
        name_key = (name_fold(org.name), today_code(row.region_code, row.settlement_kato) or "")
        if org.name and not bin_:
            if name_key in known:
                uuid, name = known[name_key]
                row.refuse("name", Reason("registry.possible_duplicate", name=name, uuid=uuid))
            elif name_key in seen_names:
                row.refuse("name", Reason("registry.file_lookalike", row=seen_names[name_key]))
        if row.ok:
            if bin_:
                seen_bins[bin_] = number
            seen_names.setdefault(name_key, number)
        rows.append(row)
    return rows


def preview(db: Database, path: Path | str, overrides: dict[str, str] | None = None) -> Summary:
    """What importing ``path`` would do; the database is not changed."""
    table = read_table(path)
    with db.session() as s:
        mapping = resolve_mapping(table.header, overrides, load_mapping(s))
        rows = check_rows(s, table, mapping)
    return Summary(Path(path).name, mapping, rows)


def import_table(session: Session, table: Table, mapping: dict[str, str],
                 file_name: str = "") -> Summary:
    """Write the good rows of ``table`` in ``session`` (the caller's one transaction) and
    remember ``mapping``; the summary lists every refused row with its reasons."""
    rows = check_rows(session, table, mapping)
    summary = Summary(file_name, mapping, rows, dry_run=False)
    for row in rows:
        if not row.ok:
            continue
        org = organizations.save(session, _organization(row))
        summary.imported += 1
        contact = row.values.get("contact", "").strip()
        if contact:
            session.add(Contact(organization=org, name=contact,
                                position=row.values.get("position", "")))
            summary.contacts += 1
    save_mapping(session, mapping)
    return summary


def apply(db: Database, path: Path | str, overrides: dict[str, str] | None = None) -> Summary:
    """Import the good rows of ``path`` in one transaction; remember the mapping used."""
    table = read_table(path)
    with db.session() as s:
        mapping = resolve_mapping(table.header, overrides, load_mapping(s))
        return import_table(s, table, mapping, Path(path).name)
