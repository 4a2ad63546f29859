"""The error texts of recording monitoring values (indicators, plans).
Part of ``clusterdesk.errors.MESSAGES`` (context "Error"), kept apart so the catalogue stays
readable; ``python -m clusterdesk.gui.translations`` reads this file too. No Qt is imported.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for pyside6-lupdate (which reads this file)."""
    return text


MONITORING_MESSAGES: dict[str, str] = {
    # the bounds of an indicator's values (resources/methodology/indicators-*.toml)
    "monitoring.value_above_maximum": QT_TRANSLATE_NOOP(
        "Error", "{indicator}: {value} is more than this indicator allows; enter a value from 0 "
                 "to {maximum} ({unit})."),
    "monitoring.rate_above_maximum": QT_TRANSLATE_NOOP(
        "Error", "{indicator}: {numerator} out of {denominator} is {share} {unit}, above the "
                 "maximum of {maximum} {unit}; «{numerator_name}» can be at most {limit} when "
                 "«{denominator_name}» is {denominator}."),
    "monitoring.value_not_whole": QT_TRANSLATE_NOOP(
        "Error", "{indicator} is counted in whole numbers ({unit}), so {value} cannot be "
                 "recorded; enter a whole number of 0 or more."),
    "monitoring.part_not_whole": QT_TRANSLATE_NOOP(
        "Error", "{indicator}: «{part}» is counted in whole numbers, so {value} cannot be "
                 "recorded; enter a whole number of {low} or more."),
    # the period of an actual
    "monitoring.period_not_begun": QT_TRANSLATE_NOOP(
        "Error", "The period {start}–{end} has not begun yet (today is {today}); an actual can "
                 "be recorded only for a period that starts on {today} or earlier."),
    "monitoring.period_overlaps": QT_TRANSLATE_NOOP(
        "Error", "{indicator} already has {value} for {start}–{end}, which overlaps "
                 "{new_start}–{new_end}; enter exactly {start}–{end} to correct that value, or "
                 "a period that does not overlap it."),
    # attaching an indicator to a cluster
    "monitoring.indicator_sector": QT_TRANSLATE_NOOP(
        "Error", "«{indicator}» suits only the sector {sectors}, and «{cluster}» belongs to "
                 "the sector {sector}; choose an indicator that suits its sector."),
    "monitoring.indicator_attached": QT_TRANSLATE_NOOP(
        "Error", "«{cluster}» already follows «{indicator}» (id {uuid}); an indicator is "
                 "attached to a cluster only once."),
    # field reasons (shown after "Value: ", "Period: ")
    "monitoring.negative": QT_TRANSLATE_NOOP("Error", "the value cannot be negative"),
    "monitoring.parts": QT_TRANSLATE_NOOP(
        "Error", "the denominator must be above zero and the numerator not negative"),
    "monitoring.period_order": QT_TRANSLATE_NOOP("Error", "the period ends before it starts"),
    "monitoring.rate_parts": QT_TRANSLATE_NOOP(
        "Error", "a rate is recorded as its numerator and denominator"),
}

# names of the fields those reasons follow (part of ``clusterdesk.errors.FIELDS``)
MONITORING_FIELDS: dict[str, str] = {
    "value": QT_TRANSLATE_NOOP("Field", "Value"), "period": QT_TRANSLATE_NOOP("Field", "Period"),
    "OKED": QT_TRANSLATE_NOOP("Field", "OKED"),
}
