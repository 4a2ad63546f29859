"""The application template: sections, attachments, formal rules and criteria, read from data.

The rules of the competitive selection change (order No. 1215, amended by No. 873, replaced in
2022), so the form, its formal requirements and the evaluation criteria live in
``resources/methodology/application-<version>.toml``. A malformed file is refused on load with
one sentence naming the file, the key and the reason; the program never runs on half a rule.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from clusterdesk.data_files import data_path, read_toml
from clusterdesk.domain.enums import OrgKind
from clusterdesk.domain.field_bounds import Bounds, read_bounds
from clusterdesk.domain.validators import (  # noqa: F401 - values typed into fields
    is_empty,
    parse_date,
    parse_number,
)
from clusterdesk.errors import ClusterDeskError
from clusterdesk.languages import LANGUAGES

FIELD_KINDS = ("text", "long_text", "number", "date", "choice")

# Where a field may be pre-filled from when an application is drafted from an initiative.
PREFILL_SOURCES = (
    "initiative.name", "initiative.region", "initiative.sector", "initiative.coordinator",
    "initiative.description", "sector.oked", "participants.employees", "participants.revenue",
    "participants.exports", "diagnostic.summary",
)

_STR_LIST = "list[str]"
_KIND_LIST = "list[kind]"
_PARTICIPANT = {"row", "participant"}

# kind -> (parameters: name -> (type, default or REQUIRED), messages: key -> placeholders)
REQUIRED = object()
RULE_KINDS: dict[str, tuple[dict[str, tuple[str, Any]], dict[str, set[str]]]] = {
    "min_participants": ({"min": ("int", REQUIRED)}, {"too_few": {"count", "min"}}),
    "min_participant_kinds": (
        {"min": ("int", REQUIRED), "groups": ("dict[kind,str]", None)},
        {"too_few": {"count", "min"}}),
    "requires_member_kind": (
        {"kinds": (_KIND_LIST, REQUIRED), "min": ("int", 1)},
        {"missing": {"count", "min"}}),
    "participants_in_region": (
        {"exempt_kinds": (_KIND_LIST, []), "equivalent": ("list[list[str]]", [])},
        {"outside": _PARTICIPANT | {"participant_region", "region"}}),
    "signed_agreement_each": ({"exempt_kinds": (_KIND_LIST, [])},
                              {"unsigned": set(_PARTICIPANT)}),
    "coordinator_present": ({}, {"missing": set(), "several": {"count", "participants"}}),
    "filed_within_round": (
        {"grace_days": ("int", 0)},
        {"early": {"date", "announced", "deadline"}, "late": {"date", "announced", "deadline"}}),
    "valid_unique_bins": (
        {"allow_empty": ("bool", False)},
        {"missing": set(_PARTICIPANT), "invalid": _PARTICIPANT | {"bin"},
         "duplicate": _PARTICIPANT | {"bin", "other", "other_row"}}),
    "required_sections": (
        {"sections": (_STR_LIST, REQUIRED)},
        {"missing": {"section", "field"},
         "invalid_number": {"section", "field", "value"},
         "invalid_date": {"section", "field", "value"},
         "invalid_choice": {"section", "field", "value"},
         "too_small": {"section", "field", "value", "min"},
         "too_large": {"section", "field", "value", "max"},
         "not_whole": {"section", "field", "value"},
         "after_filing": {"section", "field", "value", "date"}}),
    "required_attachments": (
        {"attachments": (_STR_LIST, REQUIRED), "file_required": ("bool", False)},
        {"missing": {"attachment"}, "no_file": {"attachment"}}),
}

Texts = dict[str, str]


@dataclass(frozen=True)
class FieldDef:
    id: str
    kind: str
    required: bool
    label: Texts
    options: tuple[tuple[str, Texts], ...] = ()
    prefill: str | None = None
    bounds: Bounds = Bounds()  # what a number or date may be (``field_bounds``)

    def option_label(self, value: str, lang: str) -> str:
        for option_id, texts in self.options:
            if option_id == value:
                return texts[lang]
        return value


@dataclass(frozen=True)
class SectionDef:
    id: str
    title: Texts
    fields: tuple[FieldDef, ...]


@dataclass(frozen=True)
class AttachmentDef:
    id: str
    required: bool
    title: Texts


@dataclass(frozen=True)
class RuleDef:
    id: str
    kind: str
    title: Texts
    params: dict[str, Any]
    messages: dict[str, Texts]


@dataclass(frozen=True)
class CriterionDef:
    id: str
    max_points: float
    title: Texts


@dataclass(frozen=True)
class AppTemplate:
    id: str
    version: str
    title: Texts
    basis: Texts
    sections: tuple[SectionDef, ...]
    attachments: tuple[AttachmentDef, ...]
    rules: tuple[RuleDef, ...]
    criteria: tuple[CriterionDef, ...]
    path: Path | None = field(default=None, compare=False)

    def section(self, section_id: str) -> SectionDef:
        return next(s for s in self.sections if s.id == section_id)

    def attachment(self, attachment_id: str) -> AttachmentDef:
        return next(a for a in self.attachments if a.id == attachment_id)

    def criterion(self, criterion_id: str) -> CriterionDef | None:
        return next((c for c in self.criteria if c.id == criterion_id), None)

    @property
    def max_total(self) -> float:
        return sum(c.max_points for c in self.criteria)


class TemplateError(ClusterDeskError):
    """The template file is malformed; the message names file, key and reason."""


_ID = re.compile(r"^[a-z][a-z0-9_]*$")


class _Reader:
    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, key: str, reason: str) -> TemplateError:
        return TemplateError("data.invalid", path=self.path, key=key, detail=reason)

    def get(self, table: dict[str, Any], key: str, where: str, kind: type | tuple[type, ...],
            default: Any = REQUIRED) -> Any:
        if key not in table:
            if default is REQUIRED:
                raise self.fail(f"{where}.{key}".lstrip("."), "is missing")
            return default
        value = table[key]
        if not isinstance(value, kind) or (isinstance(value, bool) and bool not in
                                           (kind if isinstance(kind, tuple) else (kind,))):
            raise self.fail(f"{where}.{key}".lstrip("."),
                            f"must be {_type_name(kind)}, got {value!r}")
        return value

    def ident(self, table: dict[str, Any], where: str, seen: set[str]) -> str:
        value = self.get(table, "id", where, str)
        if not _ID.match(value):
            raise self.fail(f"{where}.id", f"must be lower-case letters, digits and _, "
                                           f"got {value!r}")
        if value in seen:
            raise self.fail(f"{where}.id", f"repeats {value!r}, which is already used")
        seen.add(value)
        return value

    def texts(self, table: dict[str, Any], key: str, where: str,
              placeholders: set[str] | None = None) -> Texts:
        value = self.get(table, key, where, dict)
        out: Texts = {}
        for lang in LANGUAGES:
            text = value.get(lang)
            if not isinstance(text, str) or not text.strip():
                raise self.fail(f"{where}.{key}.{lang}", "is missing or empty")
            if placeholders is not None:
                for name in _placeholders(text):
                    if name not in placeholders:
                        allowed = ", ".join(sorted(placeholders)) or "none"
                        raise self.fail(f"{where}.{key}.{lang}",
                                        f"uses the unknown placeholder {{{name}}} "
                                        f"(allowed: {allowed})")
            out[lang] = text
        return out

    def table_list(self, data: dict[str, Any], key: str) -> list[dict[str, Any]]:
        value = data.get(key)
        if not isinstance(value, list) or not value or not all(
                isinstance(v, dict) for v in value):
            raise self.fail(key, f"must be a non-empty list of [[{key}]] tables")
        return value


def _type_name(kind: type | tuple[type, ...]) -> str:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    names = {str: "text", int: "a whole number", float: "a number", bool: "true or false",
             list: "a list", dict: "a table"}
    return " or ".join(names.get(k, k.__name__) for k in kinds)


def _placeholders(text: str) -> list[str]:
    try:
        return [name for _, name, _, _ in string.Formatter().parse(text) if name is not None]
    except ValueError as exc:
        return [f"(bad braces: {exc})"]


def _fields(r: _Reader, where: str, entries: list[Any]) -> tuple[FieldDef, ...]:
    seen: set[str] = set()
    out = []
    for j, f in enumerate(entries):
        fw = f"{where}.field[{j}]"
        if not isinstance(f, dict):
            raise r.fail(fw, "must be a table")
        fid = r.ident(f, fw, seen)
        kind = r.get(f, "kind", fw, str)
        if kind not in FIELD_KINDS:
            raise r.fail(f"{fw}.kind", f"must be one of {', '.join(FIELD_KINDS)}, got {kind!r}")
        options: list[tuple[str, Texts]] = []
        if kind == "choice":
            raw = r.get(f, "options", fw, list)
            if not raw:
                raise r.fail(f"{fw}.options", "must list at least one option")
            opt_seen: set[str] = set()
            for k, o in enumerate(raw):
                ow = f"{fw}.options[{k}]"
                if not isinstance(o, dict):
                    raise r.fail(ow, "must be a table with id and label")
                options.append((r.ident(o, ow, opt_seen), r.texts(o, "label", ow)))
        elif "options" in f:
            raise r.fail(f"{fw}.options", f"is only allowed for choice fields, not {kind}")
        prefill = r.get(f, "prefill", fw, str, None)
        if prefill is not None and prefill not in PREFILL_SOURCES:
            raise r.fail(f"{fw}.prefill", f"must be one of {', '.join(PREFILL_SOURCES)}, "
                                          f"got {prefill!r}")
        out.append(FieldDef(fid, kind, r.get(f, "required", fw, bool, False),
                            r.texts(f, "label", fw), tuple(options), prefill,
                            read_bounds(r, f, fw, kind)))
    return tuple(out)


def _param(r: _Reader, rule: dict[str, Any], where: str, name: str, kind: str,
           default: Any) -> Any:
    if name not in rule:
        if default is REQUIRED:
            raise r.fail(f"{where}.{name}", "is missing")
        return default
    value = rule[name]
    key = f"{where}.{name}"
    kinds = {k.value for k in OrgKind}
    if kind == "int":
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise r.fail(key, f"must be a whole number of 0 or more, got {value!r}")
    elif kind == "bool":
        if not isinstance(value, bool):
            raise r.fail(key, f"must be true or false, got {value!r}")
    elif kind in (_STR_LIST, _KIND_LIST):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise r.fail(key, f"must be a list of texts, got {value!r}")
        if kind == _KIND_LIST and (bad := [v for v in value if v not in kinds]):
            raise r.fail(key, f"names unknown kinds of organization {bad} "
                              f"(known: {', '.join(sorted(kinds))})")
    elif kind == "list[list[str]]":
        if not isinstance(value, list) or not all(
                isinstance(g, list) and all(isinstance(v, str) for v in g) for g in value):
            raise r.fail(key, "must be a list of lists of region codes")
    elif kind == "dict[kind,str]":
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            raise r.fail(key, "must be a table of kind = group name")
        if bad := [k for k in value if k not in kinds]:
            raise r.fail(key, f"names unknown kinds of organization {bad}")
    return value


def _rules(r: _Reader, data: dict[str, Any], sections: tuple[SectionDef, ...],
           attachments: tuple[AttachmentDef, ...]) -> tuple[RuleDef, ...]:
    seen: set[str] = set()
    out = []
    for i, rule in enumerate(r.table_list(data, "rule")):
        where = f"rule[{i}]"
        rid = r.ident(rule, where, seen)
        kind = r.get(rule, "kind", where, str)
        if kind not in RULE_KINDS:
            raise r.fail(f"{where}.kind", f"must be one of {', '.join(RULE_KINDS)}, "
                                          f"got {kind!r}")
        spec, message_spec = RULE_KINDS[kind]
        known = set(spec) | {"id", "kind", "title", "message"}
        if extra := sorted(set(rule) - known):
            raise r.fail(f"{where}.{extra[0]}", f"is not a parameter of {kind} rules "
                                                f"(parameters: {', '.join(spec) or 'none'})")
        params = {name: _param(r, rule, where, name, ptype, default)
                  for name, (ptype, default) in spec.items()}
        raw_messages = r.get(rule, "message", where, dict)
        messages = {}
        for key, placeholders in message_spec.items():
            if key not in raw_messages:
                raise r.fail(f"{where}.message.{key}", "is missing")
            messages[key] = r.texts(raw_messages, key, f"{where}.message", placeholders)
        if extra := sorted(set(raw_messages) - set(message_spec)):
            raise r.fail(f"{where}.message.{extra[0]}", f"is not a message of {kind} rules")
        if kind == "required_sections":
            ids = {s.id for s in sections}
            if bad := [s for s in params["sections"] if s not in ids]:
                raise r.fail(f"{where}.sections", f"names unknown sections {bad}")
        if kind == "required_attachments":
            by_id = {a.id: a for a in attachments}
            for a in params["attachments"]:
                if a not in by_id:
                    raise r.fail(f"{where}.attachments", f"names the unknown attachment {a!r}")
                if not by_id[a].required:
                    raise r.fail(f"{where}.attachments",
                                 f"lists {a!r}, which its [[attachment]] marks as not required")
        out.append(RuleDef(rid, kind, r.texts(rule, "title", where), params, messages))
    return tuple(out)


def parse_template(data: dict[str, Any], path: Path) -> AppTemplate:
    """Validate the parsed TOML ``data`` of ``path``; TemplateError on the first problem."""
    r = _Reader(path)
    tid = r.get(data, "id", "", str)
    version = r.get(data, "version", "", str)
    sections = []
    seen: set[str] = set()
    for i, s in enumerate(r.table_list(data, "section")):
        where = f"section[{i}]"
        sid = r.ident(s, where, seen)
        raw_fields = r.get(s, "field", where, list)
        if not raw_fields:
            raise r.fail(f"{where}.field", "must list at least one field")
        sections.append(SectionDef(sid, r.texts(s, "title", where),
                                   _fields(r, f"section[{i}]", raw_fields)))
    attachments = []
    seen = set()
    for i, a in enumerate(r.table_list(data, "attachment")):
        where = f"attachment[{i}]"
        attachments.append(AttachmentDef(r.ident(a, where, seen),
                                         r.get(a, "required", where, bool, False),
                                         r.texts(a, "title", where)))
    criteria = []
    seen = set()
    for i, c in enumerate(r.table_list(data, "criterion")):
        where = f"criterion[{i}]"
        cid = r.ident(c, where, seen)
        points = r.get(c, "max_points", where, (int, float))
        if points <= 0:
            raise r.fail(f"{where}.max_points", f"must be more than 0, got {points!r}")
        criteria.append(CriterionDef(cid, float(points), r.texts(c, "title", where)))
    rules = _rules(r, data, tuple(sections), tuple(attachments))
    return AppTemplate(tid, version, r.texts(data, "title", ""), r.texts(data, "basis", ""),
                       tuple(sections), tuple(attachments), rules, tuple(criteria), path)


def load_template_file(path: Path) -> AppTemplate:
    return parse_template(read_toml(path, error=TemplateError), path)


@cache
def load_template(template_id: str = "application", version: str = "2017") -> AppTemplate:
    """The shipped template ``<id>-<version>.toml`` from resources/methodology."""
    if not _ID.match(template_id) or not re.match(r"^[A-Za-z0-9._-]+$", version):
        raise TemplateError("template.missing", template=template_id, version=version)
    path = data_path("methodology", f"{template_id}-{version}.toml")
    if not path.exists():
        raise TemplateError("template.missing", template=template_id, version=version)
    tpl = load_template_file(path)
    if (tpl.id, tpl.version) != (template_id, version):
        raise TemplateError("data.misnamed", path=path, found=f"{tpl.id} {tpl.version}",
                            expected=f"{tpl.id}-{tpl.version}.toml")
    return tpl
