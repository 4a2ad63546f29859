"""The formal (registration) check of an application, as plain Python over a plain snapshot.

Three of the 21 applications of 2017 were rejected at registration. The consultant runs this
check while the application is still a draft, and always before printing it for filing. The
rules and their wording come from the template; each problem names the field, participant or
attachment to fix, so the window can point at it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from clusterdesk.domain.app_template import AppTemplate, RuleDef
from clusterdesk.domain.bin import bin_problem, normalize_bin
from clusterdesk.domain.validators import is_empty, parse_date, parse_number
from clusterdesk.languages import LANGUAGES

Texts = dict[str, str]


@dataclass
class ParticipantSnap:
    """One line of the Participants table, as it will be filed."""

    name: str
    bin: str = ""
    kind: str = "enterprise"          # OrgKind value
    role: str = "participant"         # MemberRole value
    region_code: str | None = None    # as recorded (historical codes allowed)
    coordinator: bool = False
    agreement_signed: bool = False
    organization_uuid: str | None = None
    employees: int | None = None
    revenue_mln_kzt: float | None = None
    export_share: float | None = None

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ParticipantSnap:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)


@dataclass
class AttachmentSnap:
    present: bool = False
    file: str = ""


@dataclass
class ApplicationSnapshot:
    """Everything the formal check looks at; built by the service from the stored record."""

    region_code: str | None
    round_announced: dt.date
    round_deadline: dt.date
    fields: dict[str, dict[str, Any]] = field(default_factory=dict)  # section -> field -> value
    participants: list[ParticipantSnap] = field(default_factory=list)
    attachments: dict[str, AttachmentSnap] = field(default_factory=dict)
    filed_on: dt.date | None = None
    check_date: dt.date = field(default_factory=dt.date.today)
    region_names: dict[str, Texts] = field(default_factory=dict)  # code -> {lang: name}


@dataclass(frozen=True)
class Problem:
    """One thing to fix, in plain words; ``target``/``ref`` say where (for the window)."""

    rule_id: str
    kind: str
    message: str          # which message of the rule (too_few, unsigned, ...)
    text: str
    target: str           # participants | participant | field | attachment | dates
    ref: str | int | None = None  # participant row (1-based), "section.field", attachment id

    def __str__(self) -> str:
        return self.text


_Finding = tuple[str, dict[str, Any], str, str | int | None]  # message, values, target, ref


def _num(x: float | None) -> str:
    return "" if x is None else f"{x:g}"


def _fmt_date(d: dt.date) -> str:
    return f"{d:%d.%m.%Y}"


def _who(p: ParticipantSnap, row: int) -> dict[str, Any]:
    return {"row": row, "participant": p.name.strip() or "—"}


def _min_participants(rule: RuleDef, snap: ApplicationSnapshot, _lang: str) -> Iterator[_Finding]:
    count = len(snap.participants)
    if count < rule.params["min"]:
        yield "too_few", {"count": count, "min": rule.params["min"]}, "participants", None


def _min_participant_kinds(rule: RuleDef, snap: ApplicationSnapshot,
                           _lang: str) -> Iterator[_Finding]:
    groups = rule.params["groups"] or {}
    present = {groups.get(p.kind, p.kind) for p in snap.participants}
    if len(present) < rule.params["min"]:
        yield "too_few", {"count": len(present), "min": rule.params["min"]}, "participants", None


def _requires_member_kind(rule: RuleDef, snap: ApplicationSnapshot,
                          _lang: str) -> Iterator[_Finding]:
    count = sum(1 for p in snap.participants if p.kind in rule.params["kinds"])
    if count < rule.params["min"]:
        yield "missing", {"count": count, "min": rule.params["min"]}, "participants", None


def _participants_in_region(rule: RuleDef, snap: ApplicationSnapshot,
                            lang: str) -> Iterator[_Finding]:
    if not snap.region_code:
        return
    same = {snap.region_code}
    for group in rule.params["equivalent"]:
        if snap.region_code in group:
            same.update(group)

    def name(code: str | None) -> str:
        if not code:
            return "—"
        return snap.region_names.get(code, {}).get(lang, code)

    for row, p in enumerate(snap.participants, 1):
        if p.kind in rule.params["exempt_kinds"] or p.region_code in same:
            continue
        yield ("outside", {**_who(p, row), "participant_region": name(p.region_code),
                           "region": name(snap.region_code)}, "participant", row)


def _signed_agreement_each(rule: RuleDef, snap: ApplicationSnapshot,
                           _lang: str) -> Iterator[_Finding]:
    for row, p in enumerate(snap.participants, 1):
        if not p.agreement_signed and p.kind not in rule.params["exempt_kinds"]:
            yield "unsigned", _who(p, row), "participant", row


def _coordinator_present(_rule: RuleDef, snap: ApplicationSnapshot,
                         _lang: str) -> Iterator[_Finding]:
    rows = [(row, p) for row, p in enumerate(snap.participants, 1) if p.coordinator]
    if not rows:
        yield "missing", {}, "participants", None
    elif len(rows) > 1:
        names = ", ".join(f"№ {row} {p.name}" for row, p in rows)
        yield "several", {"count": len(rows), "participants": names}, "participant", rows[1][0]


def _filed_within_round(rule: RuleDef, snap: ApplicationSnapshot,
                        _lang: str) -> Iterator[_Finding]:
    when = snap.filed_on or snap.check_date
    deadline = snap.round_deadline + dt.timedelta(days=rule.params["grace_days"])
    values = {"date": _fmt_date(when), "announced": _fmt_date(snap.round_announced),
              "deadline": _fmt_date(snap.round_deadline)}
    if snap.filed_on is not None and when < snap.round_announced:
        yield "early", values, "dates", "filed_on"
    elif when > deadline:
        yield "late", values, "dates", "filed_on"


def _valid_unique_bins(rule: RuleDef, snap: ApplicationSnapshot,
                       _lang: str) -> Iterator[_Finding]:
    first: dict[str, tuple[int, ParticipantSnap]] = {}
    for row, p in enumerate(snap.participants, 1):
        value = normalize_bin(p.bin)
        if not value:
            if not rule.params["allow_empty"]:
                yield "missing", _who(p, row), "participant", row
            continue
        if bin_problem(value):
            yield "invalid", {**_who(p, row), "bin": value}, "participant", row
            continue
        if value in first:
            other_row, other = first[value]
            yield ("duplicate", {**_who(p, row), "bin": value, "other": other.name,
                                 "other_row": other_row}, "participant", row)
        else:
            first[value] = (row, p)


def _required_sections(rule: RuleDef, snap: ApplicationSnapshot,
                       lang: str) -> Iterator[_Finding]:
    tpl: AppTemplate = rule.params["_template"]
    for section in tpl.sections:
        if section.id not in rule.params["sections"]:
            continue
        values = snap.fields.get(section.id, {})
        for f in section.fields:
            value = values.get(f.id)
            where = {"section": section.title[lang], "field": f.label[lang]}
            ref = f"{section.id}.{f.id}"
            if is_empty(value):
                if f.required:
                    yield "missing", where, "field", ref
                continue
            if f.kind == "number":
                number = parse_number(value)
                if number is None:
                    yield "invalid_number", {**where, "value": value}, "field", ref
                elif why := f.bounds.number_problem(number):
                    yield why, {**where, "value": value, "min": _num(f.bounds.min),
                                "max": _num(f.bounds.max)}, "field", ref
            elif f.kind == "date":
                day = parse_date(value)
                filed = snap.filed_on or snap.check_date
                if day is None:
                    yield "invalid_date", {**where, "value": value}, "field", ref
                elif f.bounds.by_filing and day > filed:
                    yield ("after_filing", {**where, "value": _fmt_date(day),
                                            "date": _fmt_date(filed)}, "field", ref)
            elif f.kind == "choice" and value not in {o for o, _ in f.options}:
                yield "invalid_choice", {**where, "value": value}, "field", ref


def _required_attachments(rule: RuleDef, snap: ApplicationSnapshot,
                          lang: str) -> Iterator[_Finding]:
    tpl: AppTemplate = rule.params["_template"]
    for aid in rule.params["attachments"]:
        got = snap.attachments.get(aid) or AttachmentSnap()
        title = {"attachment": tpl.attachment(aid).title[lang]}
        if not got.present:
            yield "missing", title, "attachment", aid
        elif rule.params["file_required"] and not (got.file or "").strip():
            yield "no_file", title, "attachment", aid


CHECKS: dict[str, Callable[[RuleDef, ApplicationSnapshot, str], Iterator[_Finding]]] = {
    "min_participants": _min_participants,
    "min_participant_kinds": _min_participant_kinds,
    "requires_member_kind": _requires_member_kind,
    "participants_in_region": _participants_in_region,
    "signed_agreement_each": _signed_agreement_each,
    "coordinator_present": _coordinator_present,
    "filed_within_round": _filed_within_round,
    "valid_unique_bins": _valid_unique_bins,
    "required_sections": _required_sections,
    "required_attachments": _required_attachments,
}


def check(template: AppTemplate, snap: ApplicationSnapshot, lang: str = "ru") -> list[Problem]:
    """Every problem of ``snap`` under the template's rules, in the template's rule order."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    out: list[Problem] = []
    for rule in template.rules:
        bound = RuleDef(rule.id, rule.kind, rule.title,
                        {**rule.params, "_template": template}, rule.messages)
        for key, values, target, ref in CHECKS[rule.kind](bound, snap, lang):
            text = rule.messages[key][lang].format(**values)
            out.append(Problem(rule.id, rule.kind, key, text, target, ref))
    return out
