"""What the printed documents show, gathered from the database (``reports`` renders it).

A diagnostic report's data (``diagnostic_report``) are language-free: the same gathered
record prints in every language. ``diagnostic_reports`` reads many, each in its own short
session, one at a time, so a batch of PDFs can run off the window's thread and be cancelled
between two reports. ``application_print`` gathers an application as filed with the result
of its formal check.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from clusterdesk.domain import compliance
from clusterdesk.domain.documents import ApplicationPrint, Member, ReportData
from clusterdesk.services import applications, diagnostics
from clusterdesk.services.records import get
from clusterdesk.store.database import Database
from clusterdesk.store.diagnostic_models import Diagnostic
from clusterdesk.store.models import Membership, Organization


def diagnostic_report(session: Session, diagnostic_uuid: str) -> ReportData:
    """One diagnostic and what its report shows (members on its date, the previous one)."""
    diag = get(session, Diagnostic, diagnostic_uuid)
    ini = diag.initiative
    on = diag.date
    rows: dict[str, tuple] = {}  # a live organization once, though sync brought it twice
    for uuid, *row in session.execute(
            select(Organization.uuid, Organization.name, Membership.role, Membership.joined_on)
            .join(Organization, Organization.uuid == Membership.organization_uuid)
            .where(Membership.initiative_uuid == ini.uuid, ~Membership.deleted,
                   ~Organization.deleted, Membership.joined_on <= on)
            .where((Membership.left_on.is_(None)) | (Membership.left_on > on))
            .order_by(Membership.role, Organization.name_key, Membership.joined_on)):
        rows.setdefault(uuid, tuple(row))
    prev = diagnostics.previous_diagnostic(session, diag)
    return ReportData(
        diagnostic_uuid=diag.uuid, initiative_name=ini.name, region_code=ini.region_code,
        region_recorded_code=ini.region_recorded_code,
        sector_key=ini.sector_key, date=diag.date,
        consultant=diag.consultant.name if diag.consultant else "",
        status=str(diag.status), form=diagnostics.form_of(diag),
        answers=dict(diag.answers or {}), result=diagnostics.result_of(diag),
        notes=diag.notes or "", next_steps=diag.next_steps or "",
        attendees=list(diag.attendees or []),
        members=[Member(n, str(r), j) for n, r, j in rows.values()],
        previous_date=prev.date if prev else None,
        previous_scores=diagnostics.result_of(prev).scores() if prev else None)


def diagnostic_reports(db: Database, diagnostic_uuids: Sequence[str]) -> Iterator[ReportData]:
    """The report data of each diagnostic in turn, each read in its own short session."""
    for uuid in diagnostic_uuids:
        with db.session() as s:
            data = diagnostic_report(s, uuid)
        yield data


def application_print(session: Session, uuid: str, lang: str,
                      today: dt.date | None = None) -> ApplicationPrint:
    """The application, its round and the result of the formal check (texts in ``lang``)."""
    app = applications.get_application(session, uuid)
    today = today or dt.date.today()
    template = applications.template_of(app)
    snap = applications.snapshot(session, app, today)
    ini = app.initiative
    return ApplicationPrint(
        template=template, snapshot=snap, problems=compliance.check(template, snap, lang),
        cluster=str(snap.fields.get("general", {}).get("cluster_name") or ini.name),
        round_name=app.round.name, region_code=ini.region_code,
        region_recorded_code=ini.region_recorded_code, sector_key=ini.sector_key,
        status=app.status.value, checked_on=today)
