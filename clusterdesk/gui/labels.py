"""Names the window shows for stored values: enum labels (translated) and reference data
(in the chosen language)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from clusterdesk.store.refdata import regions, sectors

ENUM_LABELS: dict[str, dict[str, str]] = {
    "OrgKind": {
        "enterprise": QT_TRANSLATE_NOOP("Enum", "Enterprise"),
        "university": QT_TRANSLATE_NOOP("Enum", "University or college"),
        "research": QT_TRANSLATE_NOOP("Enum", "Research institute"),
        "association": QT_TRANSLATE_NOOP("Enum", "Business association"),
        "public_body": QT_TRANSLATE_NOOP("Enum", "Public body"),
        "development": QT_TRANSLATE_NOOP("Enum", "Development institution"),
        "financial": QT_TRANSLATE_NOOP("Enum", "Financial institution"),
        "other": QT_TRANSLATE_NOOP("Enum", "Other"),
    },
    "SizeClass": {
        "micro": QT_TRANSLATE_NOOP("Enum", "Micro"),
        "small": QT_TRANSLATE_NOOP("Enum", "Small"),
        "medium": QT_TRANSLATE_NOOP("Enum", "Medium"),
        "large": QT_TRANSLATE_NOOP("Enum", "Large"),
    },
    "ConsultationFormat": {
        "visit": QT_TRANSLATE_NOOP("Enum", "Visit"),
        "seminar": QT_TRANSLATE_NOOP("Enum", "Seminar"),
        "meeting": QT_TRANSLATE_NOOP("Enum", "Meeting"),
        "phone": QT_TRANSLATE_NOOP("Enum", "Phone call"),
    },
    "PersonRole": {
        "consultant": QT_TRANSLATE_NOOP("Enum", "Consultant"),
        "head_office": QT_TRANSLATE_NOOP("Enum", "Head office"),
    },
    "Interest": {
        "not_asked": QT_TRANSLATE_NOOP("Enum", "Not asked"),
        "none": QT_TRANSLATE_NOOP("Enum", "None"),
        "low": QT_TRANSLATE_NOOP("Enum", "Low"),
        "medium": QT_TRANSLATE_NOOP("Enum", "Medium"),
        "high": QT_TRANSLATE_NOOP("Enum", "High"),
    },
    "InitiativeStatus": {
        "identified": QT_TRANSLATE_NOOP("Enum", "Identified"),
        "diagnosed": QT_TRANSLATE_NOOP("Enum", "Diagnosed"),
        "applying": QT_TRANSLATE_NOOP("Enum", "Applying"),
        "applied": QT_TRANSLATE_NOOP("Enum", "Applied"),
        "selected": QT_TRANSLATE_NOOP("Enum", "Selected"),
        "not_selected": QT_TRANSLATE_NOOP("Enum", "Not selected"),
    },
    "MemberRole": {
        "anchor": QT_TRANSLATE_NOOP("Enum", "Anchor company"),
        "participant": QT_TRANSLATE_NOOP("Enum", "Participant"),
        "supplier": QT_TRANSLATE_NOOP("Enum", "Supplier"),
        "education": QT_TRANSLATE_NOOP("Enum", "Education"),
        "research": QT_TRANSLATE_NOOP("Enum", "Research"),
        "support": QT_TRANSLATE_NOOP("Enum", "Support body"),
    },
    "DiagnosticStatus": {
        "draft": QT_TRANSLATE_NOOP("Enum", "Draft"),
        "complete": QT_TRANSLATE_NOOP("Enum", "Complete"),
    },
    "ApplicationStatus": {
        "draft": QT_TRANSLATE_NOOP("Enum", "Draft"),
        "submitted": QT_TRANSLATE_NOOP("Enum", "Submitted"),
        "registered": QT_TRANSLATE_NOOP("Enum", "Registered"),
        "rejected": QT_TRANSLATE_NOOP("Enum", "Rejected"),
        "evaluated": QT_TRANSLATE_NOOP("Enum", "Evaluated"),
        "selected": QT_TRANSLATE_NOOP("Enum", "Selected"),
        "not_selected": QT_TRANSLATE_NOOP("Enum", "Not selected"),
    },
}

COLUMN_HEADERS = [  # the list columns' English headers, marked for translation
    QT_TRANSLATE_NOOP("Column", "Name"), QT_TRANSLATE_NOOP("Column", "BIN"),
    QT_TRANSLATE_NOOP("Column", "Kind"), QT_TRANSLATE_NOOP("Column", "Region"),
    QT_TRANSLATE_NOOP("Column", "Sector"), QT_TRANSLATE_NOOP("Column", "Employees"),
    QT_TRANSLATE_NOOP("Column", "Phone"), QT_TRANSLATE_NOOP("Column", "Date"),
    QT_TRANSLATE_NOOP("Column", "Organization"), QT_TRANSLATE_NOOP("Column", "Format"),
    QT_TRANSLATE_NOOP("Column", "Interest"), QT_TRANSLATE_NOOP("Column", "Topics"),
    QT_TRANSLATE_NOOP("Column", "Outcome"), QT_TRANSLATE_NOOP("Column", "Start"),
    QT_TRANSLATE_NOOP("Column", "End"), QT_TRANSLATE_NOOP("Column", "Round"),
    QT_TRANSLATE_NOOP("Column", "Title"), QT_TRANSLATE_NOOP("Column", "Regions"),
    QT_TRANSLATE_NOOP("Column", "Status"), QT_TRANSLATE_NOOP("Column", "Members"),
    QT_TRANSLATE_NOOP("Column", "Coordinator"), QT_TRANSLATE_NOOP("Column", "Initiative"),
    QT_TRANSLATE_NOOP("Column", "Submitted"), QT_TRANSLATE_NOOP("Column", "Role"),
    QT_TRANSLATE_NOOP("Column", "Joined"), QT_TRANSLATE_NOOP("Column", "Left"),
    QT_TRANSLATE_NOOP("Column", "Position"), QT_TRANSLATE_NOOP("Column", "E-mail"),
    QT_TRANSLATE_NOOP("Column", "Level"), QT_TRANSLATE_NOOP("Column", "Index"),
    QT_TRANSLATE_NOOP("Column", "Consultant"), QT_TRANSLATE_NOOP("Column", "Consultants"),
]
EXPORT_HEADERS = [  # the fields only an export of every field shows (services/export_fields.py)
    QT_TRANSLATE_NOOP("Column", "Legal form"), QT_TRANSLATE_NOOP("Column", "Size"),
    QT_TRANSLATE_NOOP("Column", "Revenue, mln KZT"), QT_TRANSLATE_NOOP("Column", "Export share"),
    QT_TRANSLATE_NOOP("Column", "Region as recorded"),
    QT_TRANSLATE_NOOP("Column", "Settlement (KATO)"), QT_TRANSLATE_NOOP("Column", "OKED"),
    QT_TRANSLATE_NOOP("Column", "Address"), QT_TRANSLATE_NOOP("Column", "Website"),
    QT_TRANSLATE_NOOP("Column", "Name language"), QT_TRANSLATE_NOOP("Column", "Record ID"),
    QT_TRANSLATE_NOOP("Column", "Trip"), QT_TRANSLATE_NOOP("Column", "Notes"),
    QT_TRANSLATE_NOOP("Column", "Next steps"), QT_TRANSLATE_NOOP("Column", "Next step owner"),
    QT_TRANSLATE_NOOP("Column", "Next step due"), QT_TRANSLATE_NOOP("Column", "Next step done"),
    QT_TRANSLATE_NOOP("Column", "Purpose"),
    QT_TRANSLATE_NOOP("Column", "Description"), QT_TRANSLATE_NOOP("Column", "Template"),
    QT_TRANSLATE_NOOP("Column", "Template version"), QT_TRANSLATE_NOOP("Column", "Form"),
]

LOOKALIKE_REASONS = {  # why two organizations are offered as look-alikes (domain/lookalike.py)
    "same_name": QT_TRANSLATE_NOOP("Lookalike", "the same name once case, quotes and the legal "
                                                "form are set aside"),
    "same_words": QT_TRANSLATE_NOOP("Lookalike", "the same distinctive words: «{words}»"),
    "words_differ": QT_TRANSLATE_NOOP("Lookalike", "distinctive words «{a}» and «{b}»"),
    "generic_only": QT_TRANSLATE_NOOP("Lookalike", "names made of common words only"),
    "shared_generic": QT_TRANSLATE_NOOP("Lookalike", "common words do not count: «{words}»"),
    "same_phone": QT_TRANSLATE_NOOP("Lookalike", "the same phone {phone}"),
}

_lang = "ru"


def set_language(lang: str) -> None:
    global _lang
    _lang = lang


def language() -> str:
    return _lang


def enum_label(enum_name: str, value: object) -> str:
    key = getattr(value, "value", value)
    source = ENUM_LABELS.get(enum_name, {}).get(str(key))
    return QCoreApplication.translate("Enum", source) if source else str(key or "")


def header(text: str) -> str:
    return QCoreApplication.translate("Column", text)


def region_name(code: str | None) -> str:
    ref = regions().get(code or "")
    return ref.names[_lang] if ref else ""


def sector_name(key: str | None) -> str:
    ref = sectors().get(key or "")
    return ref.names[_lang] if ref else ""


def current_regions() -> list[tuple[str, str]]:
    """(code, name) of today's regions, in the window's language, sorted by name."""
    from clusterdesk.domain.text import sort_key

    items = [(c, r.names[_lang]) for c, r in regions().items() if r.current]
    return sorted(items, key=lambda i: sort_key(i[1]))


def all_regions() -> list[tuple[str, str]]:
    """Today's and historical regions (for recording what a document of its time says)."""
    from clusterdesk.domain.text import sort_key

    return sorted(((c, r.names[_lang]) for c, r in regions().items()),
                  key=lambda i: sort_key(i[1]))


def all_sectors() -> list[tuple[str, str]]:
    return [(k, s.names[_lang]) for k, s in sectors().items()]


def lookalike_reasons(reasons: tuple) -> str:
    """Why a pair of organizations is shown, in the window's language."""
    out = []
    for code, params in reasons:
        source = LOOKALIKE_REASONS.get(code)
        if source is None:
            continue
        text = QCoreApplication.translate("Lookalike", source)
        for key, value in params.items():
            text = text.replace("{" + key + "}", str(value))
        out.append(text)
    return "; ".join(out)
