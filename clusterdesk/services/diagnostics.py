"""Readiness diagnostics: start, save half-done, resume, complete, compare, and find them.

The wizard in the window and the command line both call these functions; they never import
Qt. Answers are validated against the diagnostic's own form version on every save, and the
computed scores are stored with them.

Which initiatives belong to a trip: those whose region (mapped to today's region) is one of
the regions the trip visited (``Trip.region_codes``, also mapped to today's). This follows
the programme's way of working (a trip covers whole regions) and needs no consultation links.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from clusterdesk.domain import scoring
from clusterdesk.domain.questionnaire import Form, get_form, latest_form
from clusterdesk.domain.scoring import explain_withheld  # noqa: F401 - the wizard's words
from clusterdesk.errors import ClusterDeskError, Reason, ValidationError
from clusterdesk.services.records import get, live
from clusterdesk.store.diagnostic_models import Diagnostic, DiagnosticStatus
from clusterdesk.store.models import Consultant, Initiative, Trip
from clusterdesk.store.refdata import region_by_kato, regions

LATEST_PREFIX = "latest:"


# ---- forms and scores -------------------------------------------------------------------------

def form_of(diagnostic: Diagnostic) -> Form:
    """The form version the diagnostic was made with (not necessarily the newest)."""
    return get_form(diagnostic.form_id, diagnostic.form_version)


def result_of(diagnostic: Diagnostic) -> scoring.Result:
    """Scores, gates and level computed afresh from the stored answers."""
    return scoring.score(form_of(diagnostic), diagnostic.answers or {})


def _clean_answers(form: Form, answers: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """Answers checked against the form: {question_id: {"value": v, "evidence": text}}."""
    out: dict[str, dict[str, Any]] = {}
    for qid, answer in answers.items():
        q = form.question(qid)  # raises ValidationError for an unknown question
        if isinstance(answer, Mapping):
            value, evidence = answer.get("value"), answer.get("evidence") or ""
        else:
            value, evidence = answer, ""
        if not isinstance(evidence, str):
            raise ValidationError(qid, Reason("evidence.text"))
        value = q.normalize(value)
        if value is None and not evidence.strip():
            continue  # nothing said: simply unanswered
        out[qid] = {"value": value, "evidence": evidence}
    return out


# ---- creating and saving ----------------------------------------------------------------------

def start_diagnostic(session: Session, initiative_uuid: str, *,
                     consultant_uuid: str | None = None, date: dt.date | None = None,
                     form: Form | None = None) -> Diagnostic:
    """A new draft diagnostic of an initiative with the newest form (or the one given)."""
    get(session, Initiative, initiative_uuid)
    if consultant_uuid:
        get(session, Consultant, consultant_uuid)
    form = form or latest_form("readiness")
    diag = Diagnostic(initiative_uuid=initiative_uuid, consultant_uuid=consultant_uuid,
                      date=date or dt.date.today(), form_id=form.id, form_version=form.version,
                      answers={}, status=DiagnosticStatus.DRAFT, attendees=[])
    diag.scores = scoring.score(form, {}).to_json()
    session.add(diag)
    session.flush()
    return diag


def save_diagnostic(session: Session, diagnostic_uuid: str, *,
                    answers: Mapping[str, Any] | None = None, replace: bool = False,
                    notes: str | None = None, next_steps: str | None = None,
                    attendees: list[str] | None = None, date: dt.date | None = None,
                    consultant_uuid: str | None = None) -> scoring.Result:
    """Save (part of) a diagnostic and return its running scores.

    ``answers`` are merged into the stored ones (``replace=True`` replaces them all); an
    answer with value None and no evidence removes it. Nothing is saved when any answer is
    invalid (ValidationError names the question).
    """
    diag = get(session, Diagnostic, diagnostic_uuid)
    form = form_of(diag)
    if answers is not None:
        merged = {} if replace else dict(diag.answers or {})
        for qid in answers:
            merged.pop(qid, None)
        merged.update({k: v for k, v in answers.items()})
        diag.answers = _clean_answers(form, merged)
    if notes is not None:
        diag.notes = notes
    if next_steps is not None:
        diag.next_steps = next_steps
    if attendees is not None:
        diag.attendees = [a.strip() for a in attendees if a and a.strip()]
    if date is not None:
        diag.date = date
    if consultant_uuid is not None:
        diag.consultant_uuid = get(session, Consultant, consultant_uuid).uuid \
            if consultant_uuid else None
    result = scoring.score(form, diag.answers)
    diag.scores = result.to_json()
    return result


def set_answer(session: Session, diagnostic_uuid: str, question_id: str, value: Any,
               evidence: str = "") -> scoring.Result:
    """Answer one question (the wizard calls this on every change) → running scores."""
    return save_diagnostic(session, diagnostic_uuid,
                           answers={question_id: {"value": value, "evidence": evidence}})


def complete_diagnostic(session: Session, diagnostic_uuid: str) -> scoring.Result:
    """Mark the diagnostic complete. Unanswered questions stay unanswered (and reported)."""
    diag = get(session, Diagnostic, diagnostic_uuid)
    result = result_of(diag)
    if result.answered == 0:
        raise ClusterDeskError("diagnostic.empty")
    diag.scores = result.to_json()
    diag.status = DiagnosticStatus.COMPLETE
    return result


def reopen_diagnostic(session: Session, diagnostic_uuid: str) -> Diagnostic:
    diag = get(session, Diagnostic, diagnostic_uuid)
    diag.status = DiagnosticStatus.DRAFT
    return diag


# ---- finding ----------------------------------------------------------------------------------

def diagnostics_of(session: Session, initiative_uuid: str, *, complete_only: bool = False
                   ) -> list[Diagnostic]:
    """An initiative's diagnostics, oldest first."""
    q = live(Diagnostic).where(Diagnostic.initiative_uuid == initiative_uuid)
    if complete_only:
        q = q.where(Diagnostic.status == DiagnosticStatus.COMPLETE)
    return list(session.scalars(q.order_by(Diagnostic.date, Diagnostic.hlc, Diagnostic.uuid)))


def latest_diagnostic(session: Session, initiative_uuid: str, *, complete_only: bool = True
                      ) -> Diagnostic | None:
    found = diagnostics_of(session, initiative_uuid, complete_only=complete_only)
    return found[-1] if found else None


def previous_diagnostic(session: Session, diagnostic: Diagnostic) -> Diagnostic | None:
    """The complete diagnostic of the same initiative made before this one."""
    earlier = [d for d in diagnostics_of(session, diagnostic.initiative_uuid,
                                         complete_only=True)
               if d.uuid != diagnostic.uuid and d.date <= diagnostic.date]
    earlier = [d for d in earlier if d.date < diagnostic.date or
               (d.hlc, d.uuid) < (diagnostic.hlc, diagnostic.uuid)]
    return earlier[-1] if earlier else None


def changes_since_previous(session: Session, diagnostic: Diagnostic
                           ) -> dict[str, float | None] | None:
    """Change of each dimension score since the previous diagnostic; None without one."""
    prev = previous_diagnostic(session, diagnostic)
    if prev is None:
        return None
    return scoring.changes(result_of(diagnostic).scores(), result_of(prev).scores())


def resolve_diagnostic(session: Session, ident: str) -> Diagnostic:
    """A diagnostic by UUID, or ``latest:<initiative uuid>`` for its latest complete one."""
    ident = ident.strip()
    if ident.startswith(LATEST_PREFIX):
        initiative_uuid = ident[len(LATEST_PREFIX):]
        get(session, Initiative, initiative_uuid)
        diag = latest_diagnostic(session, initiative_uuid)
        if diag is None:
            raise ClusterDeskError("diagnostic.none_complete", uuid=initiative_uuid)
        return diag
    return get(session, Diagnostic, ident)


def today_region(code: str | None) -> str | None:
    """Today's region code for a recorded (possibly historical) region code."""
    if code is None:
        return None
    ref = regions().get(code)
    return ref.today if ref else code


def initiatives_in_region(session: Session, kato: str) -> list[Initiative]:
    """Initiatives of today's region ``kato`` (e.g. 390000000), historical records included."""
    ref = region_by_kato(kato)
    if ref is None:  # a historical region's KATO (e.g. 510000000) means today's successor
        old = [r for r in regions().values() if not r.current and r.kato == kato]
        ref = regions().get(old[0].today) if old else None
    if ref is None:
        raise ClusterDeskError("region.kato", kato=kato)
    return [i for i in session.scalars(live(Initiative).order_by(Initiative.name))
            if today_region(i.region_code) == ref.code]


def initiatives_of_trip(session: Session, trip_uuid: str) -> list[Initiative]:
    """Initiatives in the regions the trip visited (see the module docstring)."""
    trip = get(session, Trip, trip_uuid)
    visited = {today_region(c) for c in trip.region_codes or []}
    return [i for i in session.scalars(live(Initiative).order_by(Initiative.name))
            if today_region(i.region_code) in visited]


def list_diagnostics(session: Session, *, region: str | None = None, trip: str | None = None,
                     latest_only: bool = True, include_drafts: bool = False
                     ) -> list[Diagnostic]:
    """Diagnostics of all initiatives, of one region (today's KATO) or of one trip.

    By default the latest complete diagnostic of each initiative (its report shows the change
    since the earlier ones); ``latest_only=False`` gives every one.
    """
    if region and trip:
        raise ClusterDeskError("region_or_trip")
    if region:
        initiatives = initiatives_in_region(session, region)
    elif trip:
        initiatives = initiatives_of_trip(session, trip)
    else:
        initiatives = list(session.scalars(live(Initiative).order_by(Initiative.name)))
    out: list[Diagnostic] = []
    for ini in initiatives:
        found = diagnostics_of(session, ini.uuid, complete_only=not include_drafts)
        out.extend(found[-1:] if latest_only else found)
    return out


def initiatives_without_diagnostic(session: Session) -> list[Initiative]:
    have = set(session.scalars(select(Diagnostic.initiative_uuid).where(~Diagnostic.deleted)))
    return [i for i in session.scalars(live(Initiative).order_by(Initiative.name))
            if i.uuid not in have]

