"""Drafting an application from what ClusterDesk already knows about the initiative.

Participants on the round's deadline, a one-paragraph summary of the latest diagnostic, the
template's fields pre-filled from the records: the consultant only writes what is new.
``services.applications`` re-exports these names.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from clusterdesk.data_files import labels
from clusterdesk.domain.app_template import AppTemplate
from clusterdesk.domain.compliance import (
    AttachmentSnap,
    ParticipantSnap,
)
from clusterdesk.domain.enums import InitiativeStatus
from clusterdesk.domain.questionnaire import tr
from clusterdesk.errors import ClusterDeskError, Reason, ValidationError
from clusterdesk.services import diagnostics
from clusterdesk.services.application_base import (
    Actor,
    S,
    actor_of,
    find_round,
    get_application,
    record_event,
    round_template,
    template_of,
)
from clusterdesk.services.concurrent_edit import EditBase, reconcile_draft
from clusterdesk.services.records import get
from clusterdesk.store.models import (
    Application,
    Initiative,
    Membership,
    Organization,
)
from clusterdesk.store.refdata import regions, sectors

log = logging.getLogger(__name__)


# ------------------------------------------------------------------ drafting
def participants_of(session: Session, initiative: Initiative,
                    on: dt.date | None = None) -> list[ParticipantSnap]:
    """The initiative's live members on ``on`` as application lines, coordinator first."""
    on = on or dt.date.today()
    rows = session.execute(
        select(Membership, Organization)
        .join(Organization, Organization.uuid == Membership.organization_uuid)
        .where(Membership.initiative_uuid == initiative.uuid, ~Membership.deleted,
               ~Organization.deleted, Membership.joined_on <= on,
               or_(Membership.left_on.is_(None), Membership.left_on > on))
        .order_by(Organization.name_key)).all()
    out: dict[str, ParticipantSnap] = {}
    for m, org in rows:
        out.setdefault(org.uuid, _line(org, m.role.value, initiative))
    coord = initiative.coordinator_uuid
    if coord and coord not in out:
        org = session.get(Organization, coord)
        if org is not None and not org.deleted:
            out[coord] = _line(org, "support", initiative)
    return sorted(out.values(), key=lambda p: not p.coordinator)


def _line(org: Organization, role: str, initiative: Initiative) -> ParticipantSnap:
    return ParticipantSnap(
        name=org.name, bin=org.bin, kind=org.kind.value, role=role,
        region_code=org.region_recorded_code or org.region_code,
        coordinator=org.uuid == initiative.coordinator_uuid, agreement_signed=False,
        organization_uuid=org.uuid, employees=org.employees,
        revenue_mln_kzt=org.revenue_mln_kzt, export_share=org.export_share)


def diagnostic_summary(session: Session, initiative_uuid: str, lang: str,
                       on: dt.date | None = None) -> str:
    """The latest complete diagnostic (made on or before ``on``, the filing date, when given)
    in one paragraph; empty when there is none (or it cannot be read)."""
    try:
        found = [d for d in diagnostics.diagnostics_of(session, initiative_uuid,
                                                       complete_only=True)
                 if on is None or d.date <= on]
        latest = found[-1] if found else None
        if latest is None:
            return ""
        form, result = diagnostics.form_of(latest), diagnostics.result_of(latest)
        level = next((tr(lv.name, lang) for lv in form.levels if lv.key == result.level), "—")
        text = labels("application", lang)["diagnostic_index"].format(
            date=f"{latest.date:%d.%m.%Y}", level=level,
            index="—" if result.index is None else f"{result.index:.0f}")
        dims = [f"{tr(d.name, lang)} — {result.dimensions[d.key].score:.0f}"
                for d in form.dimensions
                if d.key in result.dimensions and result.dimensions[d.key].score is not None]
        return f"{text} {'; '.join(dims)}." if dims else text
    except Exception:  # noqa: BLE001 - a missing summary must never block a draft
        log.warning("no diagnostic summary for initiative %s", initiative_uuid, exc_info=True)
        return ""


def prefill(session: Session, template: AppTemplate, initiative: Initiative,
            participants: Sequence[ParticipantSnap], lang: str = "ru",
            on: dt.date | None = None) -> dict[str, dict]:
    """Field values known from the records, by the template's ``prefill`` sources; ``on`` (the
    filing date) keeps later diagnostics out. The region is named as recorded."""
    region = regions().get(initiative.region_recorded_code or initiative.region_code)
    sector = sectors().get(initiative.sector_key)
    coordinator = next((p.name for p in participants if p.coordinator), "")
    employees = [p.employees for p in participants if p.employees is not None]
    revenue = [p.revenue_mln_kzt for p in participants if p.revenue_mln_kzt is not None]
    export_rev = [(p.revenue_mln_kzt, p.export_share) for p in participants
                  if p.revenue_mln_kzt and p.export_share is not None]
    exports = None
    if export_rev:
        base = sum(r for r, _ in export_rev)
        exports = round(sum(r * s for r, s in export_rev) / base, 1) if base else None
    values: dict[str, Any] = {
        "initiative.name": initiative.name,
        "initiative.region": region.names[lang] if region else initiative.region_code,
        "initiative.sector": sector.names[lang] if sector else initiative.sector_key,
        "initiative.coordinator": coordinator,
        "initiative.description": initiative.description,
        "sector.oked": ", ".join(sector.oked) if sector else "",
        "participants.employees": sum(employees) if employees else None,
        "participants.revenue": round(sum(revenue), 1) if revenue else None,
        "participants.exports": exports,
    }
    out: dict[str, dict] = {}
    for section in template.sections:
        out[section.id] = {}
        for f in section.fields:
            if f.prefill == "diagnostic.summary":
                value: Any = diagnostic_summary(session, initiative.uuid, lang, on)
            else:
                value = values.get(f.prefill) if f.prefill else None
            out[section.id][f.id] = "" if value is None else value
    return out


def draft_from_initiative(session: Session, initiative_uuid: str, round_ref: str,
                          who: Actor | str, *, lang: str = "ru",
                          on: dt.date | None = None) -> Application:
    """A new draft for the initiative in the round, pre-filled from the records."""
    initiative = get(session, Initiative, initiative_uuid)
    rnd = find_round(session, round_ref)
    existing = session.scalars(select(Application).where(
        Application.round_uuid == rnd.uuid, Application.initiative_uuid == initiative.uuid,
        ~Application.deleted)).first()
    if existing is not None:
        raise ClusterDeskError("application.exists", initiative=initiative.name,
                               round=rnd.name, uuid=existing.uuid)
    template = round_template(rnd)
    people = participants_of(session, initiative, on)
    app = Application(
        round_uuid=rnd.uuid, initiative_uuid=initiative.uuid, status=S.DRAFT,
        template_id=template.id, template_version=template.version,
        fields=prefill(session, template, initiative, people, lang),
        participants=[p.to_json() for p in people],
        attachments={a.id: {"present": False, "file": ""} for a in template.attachments},
        rejection_reasons=[])
    session.add(app)
    session.flush()
    record_event(session, app, "", S.DRAFT, actor_of(who))
    if initiative.status in (InitiativeStatus.IDENTIFIED, InitiativeStatus.DIAGNOSED):
        initiative.status = InitiativeStatus.APPLYING
    return app


def update_draft(session: Session, uuid: str, *, fields: Mapping[str, Mapping] | None = None,
                 participants: Iterable[ParticipantSnap | Mapping] | None = None,
                 attachments: Mapping[str, AttachmentSnap | Mapping] | None = None,
                 base: EditBase | None = None) -> Application:
    """Store what the consultant edited; unknown sections/fields/attachments are refused.

    ``base``: the draft as the editor loaded it (``concurrent_edit.application_version``);
    another's change made since is kept, a field both changed raises ``EditConflict``."""
    app = get_application(session, uuid)
    if app.status != S.DRAFT:
        raise ClusterDeskError("application.not_draft", uuid=uuid, status=app.status)
    if base is not None:
        fields, participants, attachments = reconcile_draft(
            session, app, base, fields, participants, attachments)
    template = template_of(app)
    if fields is not None:
        known = {s.id: {f.id for f in s.fields} for s in template.sections}
        clean: dict[str, dict] = {}
        for sid, values in fields.items():
            if sid not in known:
                raise ValidationError("section", Reason("template.section", id=sid))
            for fid in values:
                if fid not in known[sid]:
                    raise ValidationError(f"{sid}", Reason("template.field", id=fid))
            clean[sid] = {k: (v.strip() if isinstance(v, str) else v) for k, v in values.items()}
        app.fields = {**(app.fields or {}), **clean}
    if participants is not None:
        lines = [p if isinstance(p, ParticipantSnap) else ParticipantSnap.from_json(dict(p))
                 for p in participants]
        app.participants = [p.to_json() for p in lines]
    if attachments is not None:
        ids = {a.id for a in template.attachments}
        out = dict(app.attachments or {})
        for aid, value in attachments.items():
            if aid not in ids:
                raise ValidationError("attachment", Reason("template.attachment", id=aid))
            snap = value if isinstance(value, AttachmentSnap) else AttachmentSnap(
                bool(value.get("present")), str(value.get("file") or ""))
            out[aid] = {"present": snap.present, "file": snap.file}
        app.attachments = out
    return app
