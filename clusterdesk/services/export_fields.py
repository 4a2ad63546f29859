"""Every field of a record for an export, not only the columns a list shows.

An analyst filters a list in the window and wants the whole records in Excel (address,
e-mail, OKED, size…). ``full_spec`` widens a list with the fields below; ``NOT_EXPORTED``
names, with the reason, what stays out (tests check nothing else is forgotten).
"""

from __future__ import annotations

import dataclasses

from sqlalchemy import select

from clusterdesk.services.lists import Column, ListSpec
from clusterdesk.store.diagnostic_models import Diagnostic
from clusterdesk.store.models import (
    Application,
    Consultant,
    Consultation,
    Contact,
    Initiative,
    Membership,
    Organization,
    Trip,
)

# Headers are English source texts; the window translates them (context "Column").
EXTRA: dict[str, tuple[Column, ...]] = {
    "organizations": (
        Column("legal_form", "Legal form", Organization.legal_form),
        Column("size_class", "Size", Organization.size_class, "enum:SizeClass"),
        Column("revenue", "Revenue, mln KZT", Organization.revenue_mln_kzt, "number"),
        Column("export_share", "Export share", Organization.export_share, "number"),
        Column("region_recorded", "Region as recorded", Organization.region_recorded_code,
               "region"),
        Column("settlement", "Settlement (KATO)", Organization.settlement_kato),
        Column("oked", "OKED", Organization.oked),
        Column("address", "Address", Organization.address),
        Column("email", "E-mail", Organization.email),
        Column("website", "Website", Organization.website),
        Column("name_lang", "Name language", Organization.name_lang),
        Column("uuid", "Record ID", Organization.uuid),
    ),
    "consultations": (
        Column("org_bin", "BIN", select(Organization.bin).where(
            Organization.uuid == Consultation.organization_uuid).scalar_subquery()),
        Column("trip", "Trip", select(Trip.title).where(
            Trip.uuid == Consultation.trip_uuid).scalar_subquery()),
        Column("notes", "Notes", Consultation.notes),
        Column("next_steps", "Next steps", Consultation.next_steps),
        Column("next_step_owner", "Next step owner", Consultation.next_step_owner),
        Column("next_step_due", "Next step due", Consultation.next_step_due, "date"),
        Column("next_step_done_on", "Next step done", Consultation.next_step_done_on, "date"),
        Column("uuid", "Record ID", Consultation.uuid),
    ),
    "next_steps": (Column("uuid", "Record ID", Consultation.uuid),),  # the consultation's
    "people": (Column("uuid", "Record ID", Consultant.uuid),),
    "trips": (
        Column("purpose", "Purpose", Trip.purpose),
        Column("uuid", "Record ID", Trip.uuid),
    ),
    "initiatives": (
        Column("region_recorded", "Region as recorded", Initiative.region_recorded_code,
               "region"),
        Column("settlement", "Settlement (KATO)", Initiative.settlement_kato),
        Column("description", "Description", Initiative.description),
        Column("uuid", "Record ID", Initiative.uuid),
    ),
    "applications": (
        Column("template", "Template", Application.template_id),
        Column("template_version", "Template version", Application.template_version),
        Column("uuid", "Record ID", Application.uuid),
    ),
    "members": (
        Column("org_bin", "BIN", select(Organization.bin).where(
            Organization.uuid == Membership.organization_uuid).scalar_subquery()),
        Column("uuid", "Record ID", Membership.uuid),
    ),
    "contacts": (
        Column("organization", "Organization", select(Organization.name).where(
            Organization.uuid == Contact.organization_uuid).scalar_subquery()),
        Column("uuid", "Record ID", Contact.uuid),
    ),
    "diagnostics": (
        Column("form_id", "Form", Diagnostic.form_id),
        Column("notes", "Notes", Diagnostic.notes),
        Column("next_steps", "Next steps", Diagnostic.next_steps),
        Column("uuid", "Record ID", Diagnostic.uuid),
    ),
}

# Fields of the records that an export leaves out, and why.
SYNC_FIELDS = frozenset({"device_id", "hlc", "deleted", "field_stamps", "seq"})  # bookkeeping
NOT_EXPORTED: dict[str, frozenset[str]] = {
    "organizations": frozenset({"name_key"}),  # sort key derived from the name
    "consultations": frozenset({"trip_uuid", "organization_uuid",  # shown by name and BIN
                                "consultants"}),  # consultant ids; see the Consultant column
    "trips": frozenset({"team"}),  # consultant ids
    "initiatives": frozenset({"coordinator_uuid"}),  # shown by name
    "applications": frozenset({"round_uuid", "initiative_uuid", "rejection_reasons",
                               "fields", "participants", "attachments"}),
    "members": frozenset({"initiative_uuid", "organization_uuid"}),  # shown by name
    "contacts": frozenset({"organization_uuid"}),  # shown by name
    "diagnostics": frozenset({"initiative_uuid", "consultant_uuid", "answers", "scores",
                              "attendees"}),  # answers and scores: the diagnostic report
    # the open follow-ups: the consultation's own fields are in the consultations export
    "next_steps": frozenset({"trip_uuid", "organization_uuid", "consultants", "format",
                             "topics", "interest", "outcome", "notes", "next_step_done_on"}),
    "people": frozenset(),
}


def full_spec(spec: ListSpec) -> ListSpec:
    """The list ``spec`` with every exported field of its records after the shown columns."""
    shown = {c.key for c in spec.columns}  # a field the list shows already is not repeated
    extra = tuple(c for c in EXTRA.get(spec.name, ()) if c.key not in shown)
    if not extra:
        return spec
    base = spec.base
    return dataclasses.replace(
        spec, columns=spec.columns + extra,
        base=lambda: base().add_columns(*(c.expr for c in extra)))
