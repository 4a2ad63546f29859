"""Errors a user can cause: a code and parameters; ``str(exc)`` is one English sentence.

The window translates an error from its code (``tr()`` of the English template below, context
"Error"; see ``clusterdesk.gui.reasons``); the CLI prints it in English, or in the language of
``CLUSTERDESK_LANG`` (ru, kk, en) through ``localized()``. No code ever parses the English text.

Adding an error is one line in ``MESSAGES`` — a code and its English template, whose
``{placeholders}`` are the keyword parameters of the raise::

    "sync.locked": QT_TRANSLATE_NOOP("Error", "{path} is being synced by {who}; try later."),

    raise ClusterDeskError("sync.locked", path=path, who=who)

then ``python -m clusterdesk.gui.translations`` picks the template up into the ``.ts`` files
(translate it there, keeping the placeholders) and builds the window's ``.qm`` and the CLI's
``messages_*.json``. A field's problem is ``ValidationError(field, Reason(code, **params))``;
a field name shown to users is one line in ``FIELDS``. A parameter may be a ``{"ru": .., "kk":
.., "en": ..}`` dict (a name from a data file): each language takes its own text.

A ``ClusterDeskError("A whole English sentence.")`` with no code is still accepted (code
``text``) for modules not converted yet; it reaches a Russian or Kazakh user in English.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from functools import cache
from typing import Any

from clusterdesk.error_texts import EXTRA_FIELDS, EXTRA_MESSAGES
from clusterdesk.languages import LANGUAGES


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for pyside6-lupdate (which reads this file); no Qt is imported here."""
    return text


TEXT = "text"  # an unconverted plain sentence: {"text": sentence}

MESSAGES: dict[str, str] = {
    # field rules (shown after "Field: ")
    "required": QT_TRANSLATE_NOOP("Error", "is required"),
    "number.not_storable": QT_TRANSLATE_NOOP("Error", "holds {value}, which is not a number"),
    "bin.length": QT_TRANSLATE_NOOP("Error", "must have 12 digits, has {length}"),
    "text.too_long": QT_TRANSLATE_NOOP(
        "Error", "is {length} characters long; at most {limit} fit (shorten it)"),
    "bin.digits": QT_TRANSLATE_NOOP("Error", "must contain digits only"),
    "bin.impossible": QT_TRANSLATE_NOOP(
        "Error", "is not a valid number (no check digit is possible for its first 11 digits)"),
    "bin.check_digit": QT_TRANSLATE_NOOP(
        "Error", "check digit is {digit}, expected {expected} (mistyped digit?)"),
    "bin.duplicate": QT_TRANSLATE_NOOP("Error", "{bin} is already used by «{name}» (id {uuid})"),
    "bin.month": QT_TRANSLATE_NOOP("Error", "digits 3-4 are the month and must be 01-12, not "
                                            "{digits}"),
    "bin.kind": QT_TRANSLATE_NOOP("Error", "digit 5 must be 4, 5 or 6 for a BIN (0-3 for an IIN's "
                                           "day of birth), not {digit}"),
    "bin.unit": QT_TRANSLATE_NOOP("Error", "as a BIN, digit 6 must be 0-3 (head office, branch, "
                                           "office, farm), not {digit}"),
    "iin.century": QT_TRANSLATE_NOOP("Error", "as an IIN, digit 7 (century and sex) must be 1-6, "
                                              "not {digit}"),
    "iin.birth_date": QT_TRANSLATE_NOOP("Error", "as an IIN, digits 1-6 are not a real birth date "
                                                 "({date})"),
    "iin.future": QT_TRANSLATE_NOOP("Error", "as an IIN, the birth date {date} is in the future"),
    "bin.future": QT_TRANSLATE_NOOP("Error", "as a BIN, the registration month {month} is "
                                             "in the future"),
    "bin.form_entrepreneur": QT_TRANSLATE_NOOP(
        "Error", "an individual entrepreneur ({form}) carries the owner's IIN or a BIN with digit "
                 "5 = 6, but this is the BIN of a {kind}"),
    "bin.form_farm": QT_TRANSLATE_NOOP(
        "Error", "a peasant farm ({form}) carries the head's IIN or a BIN with digit 6 = 3, but "
                 "this is the BIN of a {kind}"),
    "bin.form_iin": QT_TRANSLATE_NOOP(
        "Error", "a {form} is a legal entity and carries a BIN, but this is a person's IIN"),
    "bin.form_kind": QT_TRANSLATE_NOOP(
        "Error", "a {form} carries a legal-entity BIN, but this is the BIN of a {kind}"),
    "email": QT_TRANSLATE_NOOP("Error", "is not an e-mail address (expected name@domain.kz)"),
    "percent": QT_TRANSLATE_NOOP("Error", "must be between 0 and 100 %"),
    "negative": QT_TRANSLATE_NOOP("Error", "cannot be negative"),
    "date_order": QT_TRANSLATE_NOOP("Error", "ends ({end}) before it starts ({start})"),
    "pick_organization": QT_TRANSLATE_NOOP("Error", "choose an organization from the list"),
    "trip_gone": QT_TRANSLATE_NOOP("Error", "the trip no longer exists"),
    "due_before_date": QT_TRANSLATE_NOOP("Error", "is before the consultation date"),
    "pick_region": QT_TRANSLATE_NOOP("Error", "choose at least one region"),
    "answer.invalid": QT_TRANSLATE_NOOP("Error", "{value} is not a valid answer to this question"),
    "answer.range": QT_TRANSLATE_NOOP("Error", "{value} is outside the range {low}–{high}"),
    "answer.unknown": QT_TRANSLATE_NOOP("Error", "is not a question of form {form} version "
                                                 "{version}"),
    "evidence.text": QT_TRANSLATE_NOOP("Error", "evidence must be text"),
    "template.section": QT_TRANSLATE_NOOP("Error", "{id} is not a section of the template"),
    "template.field": QT_TRANSLATE_NOOP("Error", "{id} is not a field of this section"),
    "template.attachment": QT_TRANSLATE_NOOP("Error", "{id} is not an attachment of the template"),
    "template.criterion": QT_TRANSLATE_NOOP("Error", "{id} is not a criterion of the template"),
    "rejection.reasons": QT_TRANSLATE_NOOP("Error", "a rejection needs at least one reason"),
    "points.range": QT_TRANSLATE_NOOP(
        "Error", "«{criterion}»: points must be between 0 and {max}, got {value}"),
    "points.missing": QT_TRANSLATE_NOOP("Error", "has not scored: {criteria}"),
    # records and workflows
    "record.missing": QT_TRANSLATE_NOOP("Error", "No {kind} with id {uuid} in this database."),
    "record.changed_meanwhile": QT_TRANSLATE_NOOP(
        "Error", "This record was changed meanwhile by {who}, and {fields} were changed here "
                 "too; nothing was saved. Choose which values to keep, then save again."),
    "record.deleted_meanwhile": QT_TRANSLATE_NOOP(
        "Error", "This record was deleted meanwhile by {who}; nothing was saved."),
    "diagnostic.empty": QT_TRANSLATE_NOOP(
        "Error", "The diagnostic cannot be completed: no question is answered."),
    "diagnostic.none_complete": QT_TRANSLATE_NOOP(
        "Error", "Initiative {uuid} has no complete diagnostic yet."),
    "region.kato": QT_TRANSLATE_NOOP(
        "Error", "{kato} is not the KATO code of one of today's regions (for example "
                 "390000000 for Kostanay region)."),
    "region_or_trip": QT_TRANSLATE_NOOP("Error", "Choose either a region or a trip, not both."),
    "round.duplicate": QT_TRANSLATE_NOOP("Error", "another selection round is named {name}"),
    "round.ambiguous": QT_TRANSLATE_NOOP(
        "Error", "Several selection rounds are named {ref}; use the round's id instead."),
    "round.missing": QT_TRANSLATE_NOOP(
        "Error", "No selection round with id or name {ref} in this database."),
    "application.exists": QT_TRANSLATE_NOOP(
        "Error", "«{initiative}» already has an application to round {round} (id {uuid}); "
                 "open it instead."),
    "application.not_draft": QT_TRANSLATE_NOOP(
        "Error", "The application is {status}; only drafts are edited (return it to draft "
                 "first)."),
    "application.transition": QT_TRANSLATE_NOOP(
        "Error", "The application is {status}; it cannot become {to} (possible next: "
                 "{allowed})."),
    "application.not_registered": QT_TRANSLATE_NOOP(
        "Error", "The application is {status}; points are recorded for registered "
                 "applications only."),
    "application.no_points": QT_TRANSLATE_NOOP(
        "Error", "The application has no points yet; record the evaluators' points first."),
    "round.not_evaluated": QT_TRANSLATE_NOOP(
        "Error", "{count} application(s) of round {round} are not evaluated yet; evaluate or "
                 "reject them before selecting."),
    "round.tie": QT_TRANSLATE_NOOP(
        "Error", "Applications {names} are tied on place {rank} with {total} points; decide "
                 "which of them are selected before applying the selection."),
    "export.suffix": QT_TRANSLATE_NOOP("Error", "{name}: choose a .csv or .xlsx file name."),
    "export.cancelled": QT_TRANSLATE_NOOP("Error", "Export cancelled; no file was written."),
    # registry import (services.registry_import)
    "registry.unreadable": QT_TRANSLATE_NOOP(
        "Error", "{file} cannot be read as a CSV or XLSX list ({detail}); nothing was imported."),
    "registry.no_name": QT_TRANSLATE_NOOP(
        "Error", "No column holds the organizations' names (columns: {columns}); map one with "
                 "--map name=Header. Nothing was imported."),
    "registry.mapping": QT_TRANSLATE_NOOP(
        "Error", "{item} is not a mapping of one of the fields {fields} to a column of the file "
                 "({columns}); nothing was imported."),
    "registry.region": QT_TRANSLATE_NOOP(
        "Error", "{value} is not a region (give its name or KATO code)"),
    "registry.file_duplicate": QT_TRANSLATE_NOOP("Error", "{bin} is already on row {row} of the "
                                                          "file"),
    "registry.possible_duplicate": QT_TRANSLATE_NOOP(
        "Error", "possibly «{name}» (id {uuid}), already in the database: same name and region, "
                 "no BIN to tell them apart"),
    "registry.file_lookalike": QT_TRANSLATE_NOOP(
        "Error", "same name and region as row {row} of the file, no BIN to tell them apart"),
    # files shipped with the program (a broken installation)
    "data.unreadable": QT_TRANSLATE_NOOP("Error", "The data file {path} cannot be read "
                                                  "({detail})."),
    "data.toml": QT_TRANSLATE_NOOP(
        "Error", "The data file {path} is not valid TOML ({detail}); reinstall ClusterDesk."),
    "data.invalid": QT_TRANSLATE_NOOP(
        "Error", "{path}: {key} {detail}; the data file is damaged, reinstall ClusterDesk."),
    "data.misnamed": QT_TRANSLATE_NOOP(
        "Error", "The data file {path} holds {found}, so it must be named {expected}."),
    "form.missing": QT_TRANSLATE_NOOP(
        "Error", "Questionnaire {form} version {version} is not installed (looked in "
                 "{folder}); update ClusterDesk to read this diagnostic."),
    "template.missing": QT_TRANSLATE_NOOP(
        "Error", "The application template {template} version {version} is not installed; "
                 "update ClusterDesk."),
    # the database file
    "db.folder": QT_TRANSLATE_NOOP("Error", "{path} is a folder, not a database file."),
    "db.not_sqlite": QT_TRANSLATE_NOOP("Error", "{path} is not a ClusterDesk database (it is "
                                       "not an SQLite file); it was left untouched."),
    "db.damaged": QT_TRANSLATE_NOOP(
        "Error", "{path} is damaged and cannot be opened ({detail}); it was left untouched."),
    "db.foreign": QT_TRANSLATE_NOOP("Error", "{path} is an SQLite database of another program, "
                                    "not a ClusterDesk database; it was left untouched."),
    "db.newer": QT_TRANSLATE_NOOP("Error", "{path} was written by a newer ClusterDesk (database "
                                  "schema {found}; this version knows schema {known}). Update "
                                  "ClusterDesk to open it; the file was left untouched."),
    "db.missing": QT_TRANSLATE_NOOP(
        "Error", "{path} does not exist; create it with 'clusterdesk --db {path} init'."),
    "db.unreachable": QT_TRANSLATE_NOOP("Error", "Cannot connect to the PostgreSQL database "
                                        "{path} ({detail}); nothing was changed."),
    "db.foreign_server": QT_TRANSLATE_NOOP("Error", "The PostgreSQL database {path} holds "
                                           "another program's tables; it was left untouched."),
    # sync files (clusterdesk/sync)
    "sync.missing": QT_TRANSLATE_NOOP("Error", "{file} does not exist."),
    "sync.empty": QT_TRANSLATE_NOOP(
        "Error", "{file} is empty (0 bytes), so it is not a sync file (was it copied "
                 "completely?); nothing was imported."),
    "sync.not_zip": QT_TRANSLATE_NOOP(
        "Error", "{file} is not a ClusterDesk sync file (it is not a zip archive); nothing was "
                 "imported."),
    "sync.damaged": QT_TRANSLATE_NOOP(
        "Error", "{file} is damaged or incomplete (was the copy cut short?); nothing was "
                 "imported."),
    "sync.newer": QT_TRANSLATE_NOOP(
        "Error", "{file} was made by a newer ClusterDesk {version}: update ClusterDesk to import "
                 "it; nothing was imported."),
    "sync.own_device": QT_TRANSLATE_NOOP(
        "Error", "{file} claims to come from this computer, but this database did not write it "
                 "(a copy of this database, or made by hand); nothing was imported."),
    "sync.tampered": QT_TRANSLATE_NOOP(
        "Error", "{file} was changed or damaged after it was written; nothing was imported."),
    "sync.rule_broken": QT_TRANSLATE_NOOP(
        "Error", "{file}: a record breaks a rule of the database ({detail}); nothing was "
                 "imported."),
    "sync.db_readonly": QT_TRANSLATE_NOOP(
        "Error", "Cannot import into {path}: the database file is read-only; nothing was "
                 "imported."),
    "sync.db_locked": QT_TRANSLATE_NOOP(
        "Error", "Cannot import into {path}: another program is writing to the database; "
                 "nothing was imported."),
    "sync.db_full": QT_TRANSLATE_NOOP(
        "Error", "Cannot import into {path}: the disk holding the database is full; nothing "
                 "was imported."),
    "sync.import_cancelled": QT_TRANSLATE_NOOP(
        "Error", "Import cancelled; the database was not changed."),
    "sync.export_cancelled": QT_TRANSLATE_NOOP("Error", "Export cancelled; no file was written."),
    **EXTRA_MESSAGES,  # clusterdesk/error_texts_*.py
    "file.is_database": QT_TRANSLATE_NOOP(
        "Error", "{path} is the database ClusterDesk is working on; choose another name. "
                 "Nothing was written."),
    "file.readonly": QT_TRANSLATE_NOOP(
        "Error", "Cannot write {path}: the folder {folder} is read-only (or you may not write "
                 "there); nothing was written."),
    "file.full": QT_TRANSLATE_NOOP(
        "Error", "Cannot write {path}: there is not enough free space on the disk or stick "
                 "holding {folder}; nothing was written."),
    "file.no_folder": QT_TRANSLATE_NOOP(
        "Error", "Cannot write {path}: the folder {folder} does not exist (was the stick "
                 "removed?); nothing was written."),
    # the programme file head office hands out (clusterdesk/sync/programme_file.py)
    "programme.not_file": QT_TRANSLATE_NOOP(
        "Error", "{file} is not a ClusterDesk programme file; nothing was changed."),
    "programme.tampered": QT_TRANSLATE_NOOP(
        "Error", "{file} was changed after head office wrote it (its signature does not "
                 "verify); ask head office for the file again; nothing was changed."),
    "programme.fingerprint": QT_TRANSLATE_NOOP(
        "Error", "The fingerprint typed is not head office's fingerprint in {file}: compare it "
                 "again with head office; nothing was changed."),
    "programme.other": QT_TRANSLATE_NOOP(
        "Error", "{file} is the file of another programme or head office; this computer "
                 "belongs to «{programme}»; nothing was changed."),
    "programme.none": QT_TRANSLATE_NOOP(
        "Error", "This database is not in a programme: run 'clusterdesk trust create NAME' "
                 "first (head office)."),
    "programme.not_head_office": QT_TRANSLATE_NOOP(
        "Error", "Only head office's own database can name people in the programme file."),
    "programme.no_person": QT_TRANSLATE_NOOP(
        "Error", "No person {uuid} in this database; nothing was written."),
}

FIELDS: dict[str, str] = {**EXTRA_FIELDS,  # clusterdesk/error_texts_*.py
    "name": QT_TRANSLATE_NOOP("Field", "Name"), "BIN": QT_TRANSLATE_NOOP("Field", "BIN"),
    "e-mail": QT_TRANSLATE_NOOP("Field", "E-mail"), "date": QT_TRANSLATE_NOOP("Field", "Date"),
    "organization": QT_TRANSLATE_NOOP("Field", "Organization"),
    "trip": QT_TRANSLATE_NOOP("Field", "Trip"), "title": QT_TRANSLATE_NOOP("Field", "Title"),
    "dates": QT_TRANSLATE_NOOP("Field", "Dates"), "regions": QT_TRANSLATE_NOOP("Field", "Regions"),
    "sector": QT_TRANSLATE_NOOP("Field", "Sector"), "region": QT_TRANSLATE_NOOP("Field", "Region"),
    "due date": QT_TRANSLATE_NOOP("Field", "Due date"),
    "share of exports": QT_TRANSLATE_NOOP("Field", "Share of exports"),
    "employees": QT_TRANSLATE_NOOP("Field", "Employees"),
    "annual revenue": QT_TRANSLATE_NOOP("Field", "Annual revenue"),
    "answer": QT_TRANSLATE_NOOP("Field", "Answer"),
    "section": QT_TRANSLATE_NOOP("Field", "Section"),
    "attachment": QT_TRANSLATE_NOOP("Field", "Attachment"),
    "criterion": QT_TRANSLATE_NOOP("Field", "Criterion"),
    "points": QT_TRANSLATE_NOOP("Field", "Points"),
    "evaluator": QT_TRANSLATE_NOOP("Field", "Evaluator"),
    "reasons": QT_TRANSLATE_NOOP("Field", "Reasons"),
    "address": QT_TRANSLATE_NOOP("Field", "Address"),
    "phone": QT_TRANSLATE_NOOP("Field", "Phone"),
    "website": QT_TRANSLATE_NOOP("Field", "Website"),
    "legal form": QT_TRANSLATE_NOOP("Field", "Legal form"),
    "position": QT_TRANSLATE_NOOP("Field", "Position"),
    "goal": QT_TRANSLATE_NOOP("Field", "Goal"),
    "unit": QT_TRANSLATE_NOOP("Field", "Unit"),
    "course": QT_TRANSLATE_NOOP("Field", "Course"),
    "owner": QT_TRANSLATE_NOOP("Field", "Owner"),
    "number": QT_TRANSLATE_NOOP("Field", "Number"),
    "document": QT_TRANSLATE_NOOP("Field", "Document"),
}

LANG_VARIABLE = "CLUSTERDESK_LANG"


def _value(value: Any, lang: str) -> str:
    if isinstance(value, Mapping):  # a name in several languages (from a data file)
        return str(value.get(lang) or value.get("en") or next(iter(value.values()), ""))
    if isinstance(value, list | tuple):
        return "; ".join(_value(v, lang) for v in value)
    return str(value)


def render(template: str, params: Mapping[str, Any], lang: str = "en",
           fallback: str | None = None) -> str:
    """``template`` with its placeholders filled; ``fallback`` when a translation broke one."""
    values = {k: _value(v, lang) for k, v in params.items()}
    try:
        return template.format_map(values)
    except (KeyError, IndexError, ValueError):
        return render(fallback, params, lang) if fallback is not None else template


def english(code: str, params: Mapping[str, Any]) -> str:
    return str(params.get("text", "")) if code == TEXT else render(MESSAGES.get(code, code), params)


class Reason(str):
    """Why one field is refused: an English text (so it reads like a ``str``) with its code."""

    code: str
    params: dict[str, Any]

    def __new__(cls, code: str, **params: Any) -> Reason:
        self = super().__new__(cls, english(code, params))
        self.code, self.params = code, params
        return self


class ClusterDeskError(Exception):
    """A failure the user can act on; shown as a plain message, never as a traceback.

    ``ClusterDeskError(code, **params)`` with ``code`` a key of ``MESSAGES``."""

    default_code = TEXT

    def __init__(self, code: str | None = None, /, **params: Any) -> None:
        if code is None:
            code = self.default_code
        elif code not in MESSAGES and code != TEXT and not params:
            code, params = TEXT, {"text": code}  # an unconverted English sentence
        self.code, self.params = code, params
        super().__init__(english(code, params))


class ValidationError(ClusterDeskError):
    """A field holds a value the rules refuse: ``ValidationError("BIN", Reason(...))``."""

    def __init__(self, field: str, reason: str) -> None:
        self.field = field
        self.reason = reason if isinstance(reason, Reason) else Reason(TEXT, text=reason)
        Exception.__init__(self, f"{field}: {reason}")
        self.code, self.params = self.reason.code, {**self.reason.params, "field": field}


class DatabaseError(ClusterDeskError):
    """The database file cannot be used (not ours, damaged, or from a newer ClusterDesk)."""


# --- other languages without Qt (the CLI) -------------------------------------------------

def cli_language() -> str:
    """The language of CLI messages: ``CLUSTERDESK_LANG`` (ru, kk, en); English when unset."""
    lang = os.environ.get(LANG_VARIABLE, "").strip().lower()[:2]
    return lang if lang in LANGUAGES else "en"


@cache
def _catalogue(lang: str) -> dict[str, dict[str, str]]:
    """{context: {English template: translation}} from ``messages_<lang>.json`` (built from
    the .ts files by ``python -m clusterdesk.gui.translations``)."""
    from clusterdesk.resources_path import resource

    try:
        return json.loads(resource("translations", f"messages_{lang}.json")
                          .read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def translate(context: str, source: str, lang: str) -> str:
    return source if lang == "en" else _catalogue(lang).get(context, {}).get(source) or source


def localized(exc: ClusterDeskError, lang: str | None = None) -> str:
    """The error as one sentence in ``lang`` (default: ``cli_language()``)."""
    lang = lang or cli_language()
    if lang == "en" or exc.code == TEXT:
        return str(exc)
    if isinstance(exc, ValidationError):
        source = FIELDS.get(exc.field)
        field = translate("Field", source, lang) if source else exc.field
        return f"{field}: {_reason(exc.reason, lang)}"
    return _reason(exc, lang)


def _reason(item: Reason | ClusterDeskError, lang: str) -> str:
    if item.code == TEXT:
        return str(item)
    source = MESSAGES.get(item.code, item.code)
    return render(translate("Error", source, lang), item.params, lang, fallback=source)
