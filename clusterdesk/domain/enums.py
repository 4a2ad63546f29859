"""The closed vocabularies of the programme. Stored by value; shown through translations."""

from __future__ import annotations

from enum import StrEnum


class OrgKind(StrEnum):
    ENTERPRISE = "enterprise"
    UNIVERSITY = "university"          # university or college
    RESEARCH = "research"              # research institute
    ASSOCIATION = "association"        # business association
    PUBLIC_BODY = "public_body"
    DEVELOPMENT = "development"        # development institution
    FINANCIAL = "financial"            # financial institution
    OTHER = "other"


class SizeClass(StrEnum):
    MICRO = "micro"
    SMALL = "small"
    MEDIUM = "medium"
    LARGE = "large"


class ConsultationFormat(StrEnum):
    VISIT = "visit"
    SEMINAR = "seminar"
    MEETING = "meeting"
    PHONE = "phone"


class Interest(StrEnum):
    NOT_ASKED = "not_asked"  # the default: an untouched form says nothing about interest
    NONE = "none"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class InitiativeStatus(StrEnum):
    IDENTIFIED = "identified"
    DIAGNOSED = "diagnosed"
    APPLYING = "applying"
    APPLIED = "applied"
    SELECTED = "selected"
    NOT_SELECTED = "not_selected"


class MemberRole(StrEnum):
    ANCHOR = "anchor"
    PARTICIPANT = "participant"
    SUPPLIER = "supplier"
    EDUCATION = "education"
    RESEARCH = "research"
    SUPPORT = "support"


class ApplicationStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    REGISTERED = "registered"
    REJECTED = "rejected"
    EVALUATED = "evaluated"
    SELECTED = "selected"
    NOT_SELECTED = "not_selected"
