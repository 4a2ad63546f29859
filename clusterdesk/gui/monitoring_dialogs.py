"""Recording an indicator's actual value for a period (a rate as its numerator and denominator).

The dialog only collects the values; the rules and the write are the service's
(``services.monitoring_edit.record_actual``), run through the gateway. Its fields take their
bounds from the same indicator definition (maximum, whole numbers, a rate's numerator up to
what its denominator allows) and the service's last start day, so typing stops where the
service would refuse; entering a recorded period again is a correction, and says so. What is
typed is kept as a crash-safe draft; Esc asks before discarding it, Ctrl+S saves
(``gui.form_drafts``).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from clusterdesk.domain.indicators import Aggregation
from clusterdesk.gui import gateway, labels
from clusterdesk.gui.form_drafts import DraftKeeper, save_shortcut
from clusterdesk.services import monitoring_edit
from clusterdesk.services.monitoring import IndicatorView
from clusterdesk.store.database import Database


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date_edit(parent: QWidget, day: dt.date, name: str) -> QDateEdit:
    edit = QDateEdit(_qdate(day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    edit.setObjectName(name)
    return edit


NO_LIMIT = 1e12  # what the field can hold when the indicator sets no maximum


def _number(parent: QWidget, name: str, decimals: int, maximum: float | None,
            minimum: float = 0) -> QDoubleSpinBox:
    box = QDoubleSpinBox(parent)
    box.setDecimals(decimals)
    box.setRange(minimum, NO_LIMIT if maximum is None else maximum)
    box.setObjectName(name)
    return box


class RecordActualDialog(QDialog):
    def __init__(self, db: Database, indicator: IndicatorView, who: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.indicator, self.who = db, indicator, who
        d = indicator.definition
        lang = labels.language()
        self.setWindowTitle(self.tr("Record an actual value"))
        form = QFormLayout(self)
        name = QLabel(f"<b>{d.name[lang]}</b> ({d.unit[lang]})", self)
        name.setWordWrap(True)
        form.addRow(name)
        last = max((v.end for v in indicator.values), default=dt.date.today().replace(day=1)
                   - dt.timedelta(days=1))
        start = last + dt.timedelta(days=1)
        end = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - \
            dt.timedelta(days=1)  # the month after the last reported period
        self.start = _date_edit(self, start, "periodStart")
        self.start.setMaximumDate(_qdate(monitoring_edit.latest_start()))
        self.end = _date_edit(self, end, "periodEnd")
        self.end.setMinimumDate(self.start.date())
        self.start.dateChanged.connect(self.end.setMinimumDate)
        form.addRow(self.tr("Period from"), self.start)
        form.addRow(self.tr("Period to"), self.end)
        self.rate = d.aggregation is Aggregation.RATE
        self.value = _number(self, "value", d.decimals, d.maximum)
        self.denominator = _number(self, "denominator", d.decimals, None,
                                   minimum=10 ** -d.decimals)  # above zero
        self.numerator = _number(self, "numerator", d.decimals,
                                 d.numerator_limit(self.denominator.value()))
        if self.rate:  # the denominator first: it bounds the numerator
            form.addRow(d.denominator[lang] if d.denominator else self.tr("Denominator"),
                        self.denominator)
            form.addRow(d.numerator[lang] if d.numerator else self.tr("Numerator"),
                        self.numerator)
            self.denominator.valueChanged.connect(self._bound_numerator)
            self.value.hide()
        else:
            form.addRow(self.tr("Value"), self.value)
            self.numerator.hide()
            self.denominator.hide()
        self.source = QLineEdit(d.source[lang], self)
        self.source.setObjectName("source")
        self.evidence = QLineEdit(self)
        self.evidence.setObjectName("evidence")
        self.evidence.setPlaceholderText(self.tr("Document, letter or file that shows it"))
        form.addRow(self.tr("Source"), self.source)
        form.addRow(self.tr("Evidence"), self.evidence)
        self.replaces = QLabel(self)
        self.replaces.setObjectName("replaces")
        self.replaces.setWordWrap(True)
        form.addRow(self.replaces)
        self.start.dateChanged.connect(self._show_replaced)
        self.end.dateChanged.connect(self._show_replaced)
        self._show_replaced()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.saving = False
        self.draft = DraftKeeper(self, db, f"RecordActualDialog/{indicator.uuid}").watch_inputs()
        self.setMinimumWidth(480)  # the source and the evidence are sentences, not words
        save_shortcut(self, self.save, self.buttons)

    def _bound_numerator(self, denominator: float) -> None:
        limit = self.indicator.definition.numerator_limit(denominator)
        self.numerator.setMaximum(NO_LIMIT if limit is None else limit)

    def _show_replaced(self) -> None:
        """Entering a recorded period again corrects it (the service replaces the value)."""
        start, end = self.start.date().toPython(), self.end.date().toPython()
        row = next((v for v in self.indicator.values if (v.start, v.end) == (start, end)), None)
        if row is None:
            self.replaces.clear()
            self.replaces.hide()
            return
        shown = (f"{monitoring_edit.number_text(row.numerator or 0)} / "
                 f"{monitoring_edit.number_text(row.denominator or 0)}" if self.rate
                 else monitoring_edit.number_text(row.value or 0))
        self.replaces.setText(self.tr("This period already has %1; saving replaces it as a "
                                      "correction.").replace("%1", shown))
        self.replaces.show()

    def reject(self) -> None:
        """Esc, Cancel, closing: asks first when something was typed."""
        if not self.saving and self.draft.confirm_discard():
            super().reject()

    def _stored(self, _result: object) -> None:
        self.draft.drop()
        self.accept()

    def save(self) -> None:
        if self.saving:
            return
        self.saving = True
        start, end = self.start.date().toPython(), self.end.date().toPython()
        kwargs = ({"numerator": self.numerator.value(), "denominator": self.denominator.value()}
                  if self.rate else {"value": self.value.value()})
        uuid, source, evidence, who = (self.indicator.uuid, self.source.text(),
                                       self.evidence.text(), self.who)

        def failed(exc: Exception) -> None:
            self.saving = False
            gateway.show_failure(self, exc)

        gateway.write(self, self.db, lambda s: monitoring_edit.record_actual(
            s, uuid, start, end, source=source, evidence=evidence, who=who, **kwargs),
            success=self._stored, failure=failed)
