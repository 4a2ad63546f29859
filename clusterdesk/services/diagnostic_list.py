"""The list of readiness diagnostics the window shows (and exports), and its filters.

``services.lists`` registers it as ``LISTS["diagnostics"]``. No Qt: the window's table model
pages through this query. The region filter takes today's region code and also finds
initiatives recorded under a historical region that today's one succeeded.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session, aliased

from clusterdesk.domain.questionnaire import Form
from clusterdesk.services.list_query import Column, ListSpec, folded_contains
from clusterdesk.store.diagnostic_models import Diagnostic
from clusterdesk.store.dialect_sql import json_number, json_text
from clusterdesk.store.models import Consultant, Initiative
from clusterdesk.store.refdata import regions

_DiagIni = aliased(Initiative)
_DiagConsultant = aliased(Consultant)

COLUMNS = (
    Column("initiative", "Initiative", _DiagIni.name),
    Column("region", "Region", _DiagIni.region_code, "region"),
    Column("sector", "Sector", _DiagIni.sector_key, "sector"),
    Column("date", "Date", Diagnostic.date, "date"),
    Column("consultant", "Consultant", _DiagConsultant.name),
    Column("form_version", "Form version", Diagnostic.form_version, "number"),
    Column("status", "Status", Diagnostic.status, "enum:DiagnosticStatus"),
    Column("index", "Index", json_number(Diagnostic.scores, "index"), "number"),
    Column("level", "Level", json_text(Diagnostic.scores, "level"), "level"),
)


def _region_codes(today_code: str) -> list[str]:
    """``today_code`` and every historical region that maps to it."""
    return [c for c, r in regions().items() if r.today == today_code] or [today_code]


def _search(term: str) -> ColumnElement[bool] | None:
    return folded_contains(_DiagIni.name, term)


DIAGNOSTICS = ListSpec(
    "diagnostics", Diagnostic, COLUMNS,
    lambda: select(Diagnostic.uuid, *(c.expr for c in COLUMNS))
    .join(_DiagIni, _DiagIni.uuid == Diagnostic.initiative_uuid)
    .outerjoin(_DiagConsultant, _DiagConsultant.uuid == Diagnostic.consultant_uuid),
    "date", _search,
    {"region": lambda v: _DiagIni.region_code.in_(_region_codes(str(v))),
     "sector": lambda v: _DiagIni.sector_key == v,
     "status": lambda v: Diagnostic.status == v,
     "initiative_uuid": lambda v: Diagnostic.initiative_uuid == v},
)


def level_name(key: str | None, lang: str, form_id: str = "readiness") -> str:
    """A level key stored in a diagnostic's scores, named in ``lang`` by the newest form."""
    if not key:
        return ""
    from clusterdesk.domain.questionnaire import FormError, latest_form, tr

    try:
        form = latest_form(form_id)
        return tr(form.level(key).name, lang)
    except (FormError, StopIteration):
        return key


# ---- small reads for the diagnostics page and wizard -----------------------------------------

def initiative_choices(session: Session) -> list[tuple[str, str]]:
    """(uuid, name) of the live initiatives, by name: whom a new diagnostic can be about."""
    rows = session.execute(select(Initiative.uuid, Initiative.name)
                           .where(~Initiative.deleted).order_by(Initiative.name))
    return [(u, n) for u, n in rows]


@dataclass
class WizardState:
    """What the wizard shows of a stored diagnostic (read in one short session)."""

    uuid: str
    initiative_uuid: str
    initiative_name: str
    date: dt.date
    consultant_uuid: str | None
    attendees: list[str]
    notes: str
    next_steps: str
    complete: bool
    form: Form
    answers: dict[str, dict[str, Any]] = field(default_factory=dict)


def wizard_state(session: Session, diagnostic_uuid: str) -> WizardState:
    from clusterdesk.services.diagnostics import form_of
    from clusterdesk.services.records import get
    from clusterdesk.store.diagnostic_models import DiagnosticStatus

    d = get(session, Diagnostic, diagnostic_uuid)
    answers = {k: dict(v) if isinstance(v, dict) else {"value": v, "evidence": ""}
               for k, v in (d.answers or {}).items()}
    return WizardState(d.uuid, d.initiative_uuid, d.initiative.name, d.date, d.consultant_uuid,
                       list(d.attendees or []), d.notes or "", d.next_steps or "",
                       d.status == DiagnosticStatus.COMPLETE, form_of(d), answers)


@dataclass
class Comparison:
    """The previous complete diagnostic's date and the change of each dimension since."""

    previous_date: dt.date | None
    changes: dict[str, float | None] | None


def comparison(session: Session, diagnostic_uuid: str) -> Comparison:
    from clusterdesk.services import diagnostics as svc
    from clusterdesk.services.records import get

    d = get(session, Diagnostic, diagnostic_uuid)
    prev = svc.previous_diagnostic(session, d)
    return Comparison(prev.date if prev else None,
                      svc.changes_since_previous(session, d) if prev else None)


def region_kato(code: str) -> str:
    """The KATO code the batch functions take, for a two-digit region code."""
    ref = regions().get(code)
    return ref.kato if ref else code

