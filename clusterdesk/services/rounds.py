"""Selection rounds: the list, the templates a round can use, and creating or editing one.

Head office announces a new round every year or two (2017 was the first): its name, the
announcement date, the deadline for applications, how many clusters it selects and the
application template its applications are drafted on. A template is named by its title in
the user's language, never by its raw id.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from clusterdesk.data_files import data_path
from clusterdesk.domain.app_template import AppTemplate, load_template_file
from clusterdesk.errors import ClusterDeskError, Reason, ValidationError
from clusterdesk.services.concurrent_edit import EditBase, reconcile_fields
from clusterdesk.services.records import get
from clusterdesk.store.models import Application, SelectionRound


@dataclass(frozen=True)
class TemplateChoice:
    id: str
    version: str
    title: dict[str, str]

    def name(self, lang: str) -> str:
        """"Заявка на участие в конкурсном отборе… (2017)"."""
        return f"{self.title.get(lang) or self.title.get('en') or self.id} ({self.version})"


@dataclass(frozen=True)
class RoundRow:
    uuid: str
    name: str
    announced_on: dt.date
    deadline: dt.date
    clusters_to_select: int
    template: TemplateChoice | None
    template_id: str
    template_version: str
    applications: int


def templates(folder: Path | None = None) -> list[TemplateChoice]:
    """The application templates shipped in ``resources/methodology`` (newest first)."""
    folder = folder or data_path("methodology")
    found: list[AppTemplate] = []
    for path in sorted(folder.glob("application-*.toml")):
        try:
            found.append(load_template_file(path))
        except ClusterDeskError:
            continue  # a broken file is reported where it is used, not in this list
    return [TemplateChoice(t.id, t.version, dict(t.title))
            for t in sorted(found, key=lambda t: t.version, reverse=True)]


def template_choice(template_id: str, version: str) -> TemplateChoice | None:
    return next((t for t in templates() if (t.id, t.version) == (template_id, version)), None)


def rounds(session: Session) -> list[RoundRow]:
    """Every live round, the newest first, with its template and number of applications."""
    counts = dict(session.execute(
        select(Application.round_uuid, func.count()).where(~Application.deleted)
        .group_by(Application.round_uuid)).all())
    choices = {(t.id, t.version): t for t in templates()}
    return [RoundRow(r.uuid, r.name, r.announced_on, r.deadline, r.clusters_to_select,
                     choices.get((r.template_id, r.template_version)), r.template_id,
                     r.template_version, counts.get(r.uuid, 0))
            for r in session.scalars(select(SelectionRound).where(~SelectionRound.deleted)
                                     .order_by(SelectionRound.announced_on.desc()))]


def problems(session: Session, fields: dict, uuid: str | None) -> list[ValidationError]:
    """What stops saving these fields, each next to its field."""
    out: list[ValidationError] = []
    name = str(fields.get("name") or "").strip()
    if not name:
        out.append(ValidationError("name", Reason("required")))
    elif session.scalar(select(func.count()).select_from(SelectionRound).where(
            ~SelectionRound.deleted, SelectionRound.name == name,
            SelectionRound.uuid != (uuid or ""))):
        out.append(ValidationError("name", Reason("round.duplicate", name=name)))
    announced, deadline = fields.get("announced_on"), fields.get("deadline")
    if announced is None:
        out.append(ValidationError("announced_on", Reason("required")))
    if deadline is None:
        out.append(ValidationError("deadline", Reason("required")))
    if announced and deadline and deadline < announced:
        out.append(ValidationError("deadline", Reason(
            "date_order", start=f"{announced:%d.%m.%Y}", end=f"{deadline:%d.%m.%Y}")))
    if int(fields.get("clusters_to_select") or 0) < 0:
        out.append(ValidationError("clusters_to_select", Reason("negative")))
    if template_choice(str(fields.get("template_id") or ""),
                       str(fields.get("template_version") or "")) is None:
        out.append(ValidationError("template", Reason("required")))
    return out


def save_round(session: Session, fields: dict, uuid: str | None = None,
               base: EditBase | None = None) -> SelectionRound:
    """Create a round (``uuid`` None) or change one; the first problem is raised. ``base``:
    the round as the dialog loaded it (a change made since is kept, a field both changed
    raises ``EditConflict``: see ``services.concurrent_edit``)."""
    if uuid and base is not None:
        stored = get(session, SelectionRound, uuid)
        write = reconcile_fields(session, stored, base, fields)
        fields = {**{k: getattr(stored, k) for k in fields}, **write}
    found = problems(session, fields, uuid)
    if found:
        raise found[0]
    rnd = get(session, SelectionRound, uuid) if uuid else SelectionRound()
    rnd.name = str(fields["name"]).strip()
    rnd.announced_on = fields["announced_on"]
    rnd.deadline = fields["deadline"]
    rnd.clusters_to_select = int(fields.get("clusters_to_select") or 0)
    rnd.template_id = str(fields["template_id"])
    rnd.template_version = str(fields["template_version"])
    if uuid is None:
        session.add(rnd)
    session.flush()
    return rnd
