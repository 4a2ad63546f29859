"""People: the consultants and head-office staff who use the program, and who "I" am here.

Consultants travel with sync like any record (trip teams and consultations name them by
uuid). Who works at this computer is this database's own fact (``local_state``), never
travelling and never kept in the window's settings: a copied database keeps its person, a
new laptop asks once. On a PostgreSQL database each analyst's database role has its own
person (``store.postgres.person_key``): a new analyst is asked once too.
"""

from __future__ import annotations

from sqlalchemy import (
    ColumnElement,
    String,
    cast,
    func,
    literal,
    literal_column,
    select,
    type_coerce,
)
from sqlalchemy.dialects.postgresql import aggregate_order_by
from sqlalchemy.orm import Session

from clusterdesk.domain.validators import email_problem, required_problem
from clusterdesk.errors import ValidationError
from clusterdesk.services import records
from clusterdesk.store.dialect_sql import by_dialect
from clusterdesk.store.models import Consultant, Consultation, LocalState
from clusterdesk.store.postgres import person_key, role_of

ROLES = ("consultant", "head_office")
CURRENT = "consultant_uuid"  # local_state: who works here (sync files name them too)
CURRENT_NAME = "consultant_name"


def consultant_names(consultation=Consultation):  # noqa: ANN001, ANN201
    """The names of a consultation's consultants, comma-separated (a correlated subquery
    read only for the rows shown)."""
    each = func.json_each(consultation.consultants).table_valued("value").alias("each")
    on_sqlite = (select(func.group_concat(Consultant.name, ", "))
                 .select_from(each).join(Consultant, Consultant.uuid == each.c.value)
                 .correlate(consultation).scalar_subquery())
    # PostgreSQL: the same names in the same order (SQLite reads the people in rowid order)
    elements = func.json_array_elements_text(consultation.consultants).table_valued(
        "value").render_derived(name="each")
    on_postgres = (select(func.string_agg(Consultant.name, aggregate_order_by(
        literal(", "), literal_column("consultants.rowid")))).select_from(elements)
        .join(Consultant, Consultant.uuid == elements.c.value)
        .correlate(consultation).scalar_subquery())
    return by_dialect(on_sqlite, on_postgres, type_=String)


def has_consultant(uuid: str) -> ColumnElement[bool]:
    """Consultations ``uuid`` took part in (its uuid in the JSON list)."""
    pattern = f'%"{uuid}"%'
    return by_dialect(type_coerce(Consultation.consultants, String).like(pattern),
                      cast(Consultation.consultants, String).like(pattern))  # json as text


def people(session: Session) -> list[Consultant]:
    """Every live person, by name."""
    return list(session.scalars(select(Consultant).where(~Consultant.deleted)
                                .order_by(Consultant.name)))


def save(session: Session, person: Consultant) -> Consultant:
    """Check and store a person (name required; an e-mail, if given, is one; role one of
    ROLES)."""
    person.name = (person.name or "").strip()
    person.email = (person.email or "").strip()
    for field, reason in (("name", required_problem(person.name)),
                          ("e-mail", email_problem(person.email))):
        if reason:
            raise ValidationError(field, reason)
    if person.role not in ROLES:
        person.role = "consultant"
    session.add(person)
    session.flush()
    return person


def current(session: Session) -> Consultant | None:
    """Who works at this computer, if set and still a live record."""
    key = person_key(CURRENT, role_of(session))  # a server: this analyst's database role
    uuid = session.scalar(select(LocalState.value).where(LocalState.key == key))
    if not uuid:
        return None
    person = session.get(Consultant, uuid)
    return person if person is not None and not person.deleted else None


def current_uuid(session: Session) -> str:
    """The uuid of who works here, "" when nobody was chosen yet."""
    person = current(session)
    return person.uuid if person is not None else ""


def set_current(session: Session, uuid: str | None) -> None:
    """This computer is ``uuid``'s (None: nobody chosen)."""
    name = session.get(Consultant, uuid).name if uuid else ""
    role = role_of(session)
    for key, value in ((person_key(CURRENT, role), uuid or ""),
                       (person_key(CURRENT_NAME, role), name)):
        row = session.get(LocalState, key)
        if row is None:
            session.add(LocalState(key=key, value=value))
        else:
            row.value = value


def introduce(session: Session, name: str, organization: str = "", region_code: str = "",
              phone: str = "", role: str = "consultant") -> Consultant:
    """First start: create this computer's person and make them the current one."""
    person = save(session, Consultant(name=name, organization=organization,
                                      region_code=region_code or "", phone=phone, role=role))
    set_current(session, person.uuid)
    return person


def adopt(session: Session, person: dict) -> Consultant:
    """First start from head office's programme file: this computer is the person the file
    names (same uuid, so head office's record and this one are one person when they meet);
    created here from the file when the database does not have them yet."""
    found = session.get(Consultant, person.get("uuid") or "")
    if found is not None and found.deleted:
        found.deleted = False  # removed here once; head office still names them
    if found is None:
        fields = {k: person.get(k) or "" for k in ("name", "organization", "region_code",
                                                    "phone")}
        if person.get("uuid"):
            fields["uuid"] = person["uuid"]
        found = save(session, Consultant(role=person.get("role") or "consultant", **fields))
    set_current(session, found.uuid)
    return found


def get(session: Session, uuid: str) -> Consultant:
    return records.get(session, Consultant, uuid)
