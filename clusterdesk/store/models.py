"""The programme's records as typed SQLAlchemy models.

References between travelling records point at UUIDs, so a record means the same thing on
every machine and a sync file needs no id translation. Reference data (regions, sectors) is
shipped in ``resources/reference`` and loaded into its tables; it does not travel.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from clusterdesk.domain.enums import (
    ApplicationStatus,
    ConsultationFormat,
    InitiativeStatus,
    Interest,
    MemberRole,
    OrgKind,
    SizeClass,
)
from clusterdesk.store.base import Base, Synced
from clusterdesk.store.shapes import shape


def enum_column(kind: type[StrEnum]) -> Enum:
    """A column of a StrEnum stored as its text value, checked by the database."""
    return Enum(kind, values_callable=lambda e: [m.value for m in e], native_enum=False,
                create_constraint=True, length=20, name=kind.__name__.lower(),
                validate_strings=True)


class Region(Base):
    """A region or city of republican significance, today's or historical."""

    __tablename__ = "regions"
    code: Mapped[str] = mapped_column(String(10), primary_key=True)
    kato: Mapped[str] = mapped_column(String(9))
    name_ru: Mapped[str] = mapped_column(String(120))
    name_kk: Mapped[str] = mapped_column(String(120))
    name_en: Mapped[str] = mapped_column(String(120))
    is_city: Mapped[bool] = mapped_column(Boolean, default=False)
    current: Mapped[bool] = mapped_column(Boolean, default=True)
    valid_until: Mapped[dt.date | None] = mapped_column(Date)
    successor_code: Mapped[str | None] = mapped_column(ForeignKey("regions.code"))

    def name(self, lang: str) -> str:
        return getattr(self, f"name_{lang}", None) or self.name_ru


class Sector(Base):
    """A programme sector key with the OKED codes it covers."""

    __tablename__ = "sectors"
    key: Mapped[str] = mapped_column(String(20), primary_key=True)
    oked_codes: Mapped[list[str]] = mapped_column(JSON, default=list,
                                                 info=shape(("list", "str")))
    name_ru: Mapped[str] = mapped_column(String(120))
    name_kk: Mapped[str] = mapped_column(String(120))
    name_en: Mapped[str] = mapped_column(String(120))

    def name(self, lang: str) -> str:
        return getattr(self, f"name_{lang}", None) or self.name_ru


class Consultant(Synced, Base):
    """A user of the program: a consultant in the field or an analyst at head office."""

    __tablename__ = "consultants"
    name: Mapped[str] = mapped_column(String(200))
    organization: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    region_code: Mapped[str] = mapped_column(String(10), default="")  # where they work
    role: Mapped[str] = mapped_column(String(20), default="consultant")  # or head_office


class Organization(Synced, Base):
    __tablename__ = "organizations"
    __table_args__ = (
        # One live organization per non-empty BIN; tombstones and empty BINs don't count.
        Index("uq_organizations_bin_live", "bin", unique=True,
              sqlite_where=text("bin != '' AND deleted = 0"),
              postgresql_where=text("bin != '' AND NOT deleted")),
        # the region of an organization found by uuid, from the index alone (0015)
        Index("ix_organizations_uuid_region", "uuid", "region_code"),
        CheckConstraint("export_share IS NULL OR (export_share >= 0 AND export_share <= 100)",
                        name="export_share_percent"),
        CheckConstraint("employees IS NULL OR employees >= 0", name="employees_not_negative"),
    )
    kind: Mapped[OrgKind] = mapped_column(enum_column(OrgKind), default=OrgKind.ENTERPRISE)
    name: Mapped[str] = mapped_column(String(300))
    name_lang: Mapped[str] = mapped_column(String(2), default="ru")
    name_key: Mapped[str] = mapped_column(String(300), default="", index=True)  # sort order
    legal_form: Mapped[str] = mapped_column(String(40), default="")
    bin: Mapped[str] = mapped_column(String(12), default="")
    size_class: Mapped[SizeClass | None] = mapped_column(enum_column(SizeClass))
    employees: Mapped[int | None] = mapped_column(Integer)
    revenue_mln_kzt: Mapped[float | None] = mapped_column(Float)
    export_share: Mapped[float | None] = mapped_column(Float)
    region_recorded_code: Mapped[str | None] = mapped_column(ForeignKey("regions.code"))
    region_code: Mapped[str | None] = mapped_column(ForeignKey("regions.code"), index=True)
    # Settlement or district KATO as recorded: decides today's region of a region that split.
    settlement_kato: Mapped[str] = mapped_column(String(9), default="", server_default="")
    sector_key: Mapped[str | None] = mapped_column(ForeignKey("sectors.key"), index=True)
    oked: Mapped[str] = mapped_column(String(10), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    website: Mapped[str] = mapped_column(String(200), default="")

    region: Mapped[Region | None] = relationship(foreign_keys=[region_code])
    region_recorded: Mapped[Region | None] = relationship(foreign_keys=[region_recorded_code])
    sector: Mapped[Sector | None] = relationship()
    contacts: Mapped[list[Contact]] = relationship(back_populates="organization")


class Contact(Synced, Base):
    """A person at an organization."""

    __tablename__ = "contacts"
    organization_uuid: Mapped[str] = mapped_column(ForeignKey("organizations.uuid"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    organization: Mapped[Organization] = relationship(back_populates="contacts")


class Trip(Synced, Base):
    """A field trip of one round: the regions visited, the dates and the team."""

    __tablename__ = "trips"
    __table_args__ = (CheckConstraint("end_date >= start_date", name="dates_in_order"),)
    round: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    region_codes: Mapped[list[str]] = mapped_column(JSON, default=list,
                                                   info=shape(("list", "str")))
    start_date: Mapped[dt.date] = mapped_column(Date, index=True)
    end_date: Mapped[dt.date] = mapped_column(Date)
    team: Mapped[list[str]] = mapped_column(JSON, default=list,  # consultant UUIDs
                                           info=shape(("list", "uuid")))
    purpose: Mapped[str] = mapped_column(Text, default="")


class Consultation(Synced, Base):
    """One meeting with an organization: what was discussed, interest, outcome, next steps."""

    __tablename__ = "consultations"
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    trip_uuid: Mapped[str | None] = mapped_column(ForeignKey("trips.uuid"), index=True)
    organization_uuid: Mapped[str] = mapped_column(ForeignKey("organizations.uuid"), index=True)
    consultants: Mapped[list[str]] = mapped_column(JSON, default=list,  # consultant UUIDs
                                                  info=shape(("list", "uuid")))
    format: Mapped[ConsultationFormat] = mapped_column(
        enum_column(ConsultationFormat), default=ConsultationFormat.VISIT)
    topics: Mapped[str] = mapped_column(Text, default="")
    interest: Mapped[Interest] = mapped_column(enum_column(Interest), default=Interest.NOT_ASKED)
    outcome: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    next_steps: Mapped[str] = mapped_column(Text, default="")
    next_step_owner: Mapped[str] = mapped_column(String(200), default="")
    next_step_due: Mapped[dt.date | None] = mapped_column(Date)
    next_step_done_on: Mapped[dt.date | None] = mapped_column(Date)  # the follow-up was done

    organization: Mapped[Organization] = relationship()
    trip: Mapped[Trip | None] = relationship()


class Initiative(Synced, Base):
    """A cluster initiative: a group of organizations that could form a territorial cluster."""

    __tablename__ = "initiatives"
    name: Mapped[str] = mapped_column(String(300))
    sector_key: Mapped[str] = mapped_column(ForeignKey("sectors.key"), index=True)
    region_code: Mapped[str] = mapped_column(ForeignKey("regions.code"), index=True)  # today's
    # The region as named when the initiative was recorded (a historical code stays as it was,
    # so no foreign key) and its settlement/district KATO; region_code follows from both.
    region_recorded_code: Mapped[str | None] = mapped_column(String(10))
    settlement_kato: Mapped[str] = mapped_column(String(9), default="", server_default="")
    status: Mapped[InitiativeStatus] = mapped_column(
        enum_column(InitiativeStatus), default=InitiativeStatus.IDENTIFIED, index=True)
    coordinator_uuid: Mapped[str | None] = mapped_column(ForeignKey("organizations.uuid"))
    description: Mapped[str] = mapped_column(Text, default="")

    sector: Mapped[Sector] = relationship()
    region: Mapped[Region] = relationship()
    coordinator: Mapped[Organization | None] = relationship()
    members: Mapped[list[Membership]] = relationship(back_populates="initiative")


class Membership(Synced, Base):
    """An organization's part in an initiative, with the dates it joined and left."""

    __tablename__ = "memberships"
    __table_args__ = (
        CheckConstraint("left_on IS NULL OR left_on >= joined_on", name="left_after_joined"),
    )
    initiative_uuid: Mapped[str] = mapped_column(ForeignKey("initiatives.uuid"), index=True)
    organization_uuid: Mapped[str] = mapped_column(ForeignKey("organizations.uuid"), index=True)
    role: Mapped[MemberRole] = mapped_column(enum_column(MemberRole),
                                             default=MemberRole.PARTICIPANT)
    joined_on: Mapped[dt.date] = mapped_column(Date)
    left_on: Mapped[dt.date | None] = mapped_column(Date)

    initiative: Mapped[Initiative] = relationship(back_populates="members")
    organization: Mapped[Organization] = relationship()


class SelectionRound(Synced, Base):
    """A competitive selection of territorial clusters (e.g. the 2017 round)."""

    __tablename__ = "selection_rounds"
    name: Mapped[str] = mapped_column(String(100))
    announced_on: Mapped[dt.date] = mapped_column(Date)
    deadline: Mapped[dt.date] = mapped_column(Date)
    clusters_to_select: Mapped[int] = mapped_column(Integer, default=0)
    template_id: Mapped[str] = mapped_column(String(100), default="")
    # The application template's version (resources/methodology/<id>-<version>.toml).
    template_version: Mapped[str] = mapped_column(String(40), default="")


class Application(Synced, Base):
    """An initiative's application to a selection round."""

    __tablename__ = "applications"
    round_uuid: Mapped[str] = mapped_column(ForeignKey("selection_rounds.uuid"), index=True)
    initiative_uuid: Mapped[str] = mapped_column(ForeignKey("initiatives.uuid"), index=True)
    status: Mapped[ApplicationStatus] = mapped_column(
        enum_column(ApplicationStatus), default=ApplicationStatus.DRAFT, index=True)
    submitted_on: Mapped[dt.date | None] = mapped_column(Date)
    rejection_reasons: Mapped[list[str]] = mapped_column(JSON, default=list,
                                                        info=shape(("list", "str")))
    # The template it was drafted on: its rules and form stay those it was filed under.
    template_id: Mapped[str] = mapped_column(String(100), default="")
    template_version: Mapped[str] = mapped_column(String(40), default="")
    fields: Mapped[dict] = mapped_column(  # section -> field -> value
        JSON, default=dict, info=shape(("map", ("map", "scalar"))))
    participants: Mapped[list[dict]] = mapped_column(  # filed snapshot
        JSON, default=list, info=shape(("list", ("map", "scalar"))))
    attachments: Mapped[dict] = mapped_column(  # id -> {present, file}
        JSON, default=dict, info=shape(("map", {"present": "bool", "file": "str"})))
    total: Mapped[float | None] = mapped_column(Float)  # average of evaluators' sums
    rank: Mapped[int | None] = mapped_column(Integer)  # place in its round (ties share)

    round: Mapped[SelectionRound] = relationship()
    initiative: Mapped[Initiative] = relationship()


class LocalState(Base):
    """This database's own facts (device id and name, the clock); never travels."""

    __tablename__ = "local_state"
    key: Mapped[str] = mapped_column(String(50), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
