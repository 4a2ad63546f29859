"""Fields that give back what they were loaded with when the user did not touch them.

A number box shows "not given" as "—" one step below zero, so 0 stays a value; a stored
number the box cannot show exactly (more decimals, beyond its range) is saved as stored
while the box still shows it as loaded. A choice whose stored value is not among the
combo's items (a deleted trip, a region no longer offered) is added to the combo, marked,
instead of falling back to the first item and being saved as that.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QSpinBox


class NumberField:
    """A spin box holding a number or "not given" (None)."""

    def __init__(self, box: QSpinBox | QDoubleSpinBox, empty: str = "—") -> None:
        self.box = box
        box.setMinimum(-box.singleStep())  # "—": one step below zero; 0 is a number
        box.setSpecialValueText(empty)
        self._loaded: float | None = None
        self._shown: float | None = None
        box.setValue(box.minimum())

    def set(self, value: float | None) -> None:
        """Show ``value`` (None: "—"), remembering it as the value loaded."""
        self.box.setValue(self.box.minimum() if value is None else value)
        self._loaded, self._shown = value, self.box.value()

    def value(self) -> float | None:
        shown = self.box.value()
        if self._shown is not None and shown == self._shown:
            return self._loaded  # untouched: exactly what was stored
        if shown == self.box.minimum():
            return None
        return shown


def select_data(combo: QComboBox, value: object, missing_text: str | None = None) -> None:
    """Select the item holding ``value``; one the combo does not offer is added (shown as
    ``missing_text``, else as the value itself) so that saving keeps it. No value: the
    first item (the empty choice)."""
    index = combo.findData(value)
    if index < 0 and value not in (None, ""):
        combo.blockSignals(True)
        combo.addItem(missing_text or str(value), value)
        combo.blockSignals(False)
        index = combo.count() - 1
    combo.setCurrentIndex(max(index, 0))
