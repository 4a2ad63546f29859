"""Recording an indicator's actual value for a period (a rate as its numerator and denominator).

The dialog only collects the values; the rules and the write are the service's
(``services.monitoring_edit.record_actual``), run through the gateway. What is typed is kept as
a crash-safe draft; Esc asks before discarding it, Ctrl+S saves (``gui.form_drafts``).
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


def _date_edit(parent: QWidget, day: dt.date, name: str) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    edit.setObjectName(name)
    return edit


def _number(parent: QWidget, name: str) -> QDoubleSpinBox:
    box = QDoubleSpinBox(parent)
    box.setRange(0, 1e12)
    box.setDecimals(2)
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
        self.end = _date_edit(self, end, "periodEnd")
        form.addRow(self.tr("Period from"), self.start)
        form.addRow(self.tr("Period to"), self.end)
        self.rate = d.aggregation is Aggregation.RATE
        self.value = _number(self, "value")
        self.numerator = _number(self, "numerator")
        self.denominator = _number(self, "denominator")
        if self.rate:
            form.addRow(d.numerator[lang] if d.numerator else self.tr("Numerator"),
                        self.numerator)
            form.addRow(d.denominator[lang] if d.denominator else self.tr("Denominator"),
                        self.denominator)
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
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.saving = False
        self.draft = DraftKeeper(self, db, f"RecordActualDialog/{indicator.uuid}").watch_inputs()
        self.setMinimumWidth(480)  # the source and the evidence are sentences, not words
        save_shortcut(self, self.save, self.buttons)

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
