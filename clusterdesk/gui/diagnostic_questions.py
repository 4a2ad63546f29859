"""One question of a diagnostic form as widgets: the right input for its kind, a way to leave
it unanswered, and the free-text evidence. Built from the form data, in the window's language.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.domain.questionnaire import MAX_POINTS, Question, QuestionKind, tr
from clusterdesk.gui import formats
from clusterdesk.gui.number_fields import replace_dash_when_typing

NUMBER_TOP = 1_000_000  # a number question without a range accepts 0 .. this


class _NumberBox(QSpinBox):
    """A spin box that leaves the mouse wheel to the page unless it has the focus."""

    def wheelEvent(self, event) -> None:  # noqa: ANN001
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class QuestionInput(QWidget):
    """The answer widget of one question: radio buttons or a spin box; ``None`` = unanswered."""

    changed = Signal()

    def __init__(self, question: Question, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.group: QButtonGroup | None = None
        self.values: list[Any] = []
        self.spin: QSpinBox | None = None
        kind = question.kind
        if kind is QuestionKind.NUMBER:
            self._number(lang)
            return
        if kind is QuestionKind.SCALE:
            items = [(i, f"{i} — {tr(label, lang)}") for i, label in enumerate(question.labels)]
        elif kind is QuestionKind.YESNO:
            items = [(True, self.tr("Yes")), (False, self.tr("No"))]
        else:
            items = [(o.key, tr(o.text, lang)) for o in question.options]
        layout = QHBoxLayout(self) if kind is QuestionKind.YESNO else QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2 if kind is not QuestionKind.YESNO else 24)
        self.group = QButtonGroup(self)
        for i, (value, text) in enumerate(items):
            button = QRadioButton(text, self)
            button.setObjectName(f"answer_{i}")
            self.group.addButton(button, i)
            self.values.append(value)
            layout.addWidget(button)
        if kind is QuestionKind.YESNO:
            layout.addStretch(1)
        self.group.idToggled.connect(lambda _i, on: on and self.changed.emit())

    def _number(self, lang: str) -> None:
        q = self.question
        lo, hi = q.value_range or (0, NUMBER_TOP)
        self.spin = _NumberBox(self)
        self.spin.setObjectName("number")
        self.spin.setRange(int(lo) - 1, int(min(hi, 2**31 - 2)))
        self.spin.setSpecialValueText("—")  # the minimum stands for "not answered"
        replace_dash_when_typing(self.spin)  # the first digit typed replaces the dash
        self.spin.setValue(self.spin.minimum())
        self.spin.setMinimumWidth(110)
        self.spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.spin.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.spin)
        unit = tr(q.unit, lang) if q.unit else ""
        if unit:
            row.addWidget(QLabel(unit, self))
        scale = "  ·  ".join(f"≥ {formats.compact_number(lo_)} → {p}" for lo_, p in q.thresholds)
        hint = QLabel(self.tr("points: %1").replace("%1", scale), self)
        hint.setObjectName("thresholds")
        hint.setStyleSheet("color: palette(mid);")
        row.addSpacing(16)
        row.addWidget(hint)
        row.addStretch(1)
        self.spin.valueChanged.connect(lambda _v: self.changed.emit())

    def value(self) -> Any:
        if self.spin is not None:
            v = self.spin.value()
            return None if v == self.spin.minimum() else v
        checked = self.group.checkedId() if self.group else -1
        return None if checked < 0 else self.values[checked]

    def set_value(self, value: Any) -> None:
        self.blockSignals(True)
        if self.spin is not None:
            self.spin.setValue(self.spin.minimum() if value is None else int(round(value)))
        elif self.group is not None:
            self._uncheck()
            if value is not None and value in self.values:
                index = next(i for i, v in enumerate(self.values)
                             if v == value and type(v) is type(value))
                self.group.button(index).setChecked(True)
        self.blockSignals(False)

    def _uncheck(self) -> None:
        assert self.group is not None
        self.group.setExclusive(False)
        for b in self.group.buttons():
            b.setChecked(False)
        self.group.setExclusive(True)

    def clear(self) -> None:
        self.set_value(None)
        self.changed.emit()

    def first_focus(self) -> QWidget:
        if self.spin is not None:
            return self.spin
        return self.group.buttons()[0]  # type: ignore[union-attr]


class QuestionBox(QFrame):
    """Number and text, hint, the answer input, a Clear button, points and evidence."""

    changed = Signal(str)  # question id

    def __init__(self, question: Question, number: str, lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.setObjectName(f"q_{question.id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 8, 10, 8)
        grid.setVerticalSpacing(6)
        title = QLabel(f"<b>{number}</b>&nbsp; {_html(tr(question.text, lang))}", self)
        title.setWordWrap(True)
        title.setTextFormat(Qt.TextFormat.RichText)
        grid.addWidget(title, 0, 0, 1, 3)
        row = 1
        if question.hint:
            hint = QLabel(tr(question.hint, lang), self)
            hint.setWordWrap(True)
            hint.setStyleSheet("color: palette(mid);")
            grid.addWidget(hint, row, 0, 1, 3)
            row += 1
        self.input = QuestionInput(question, lang, self)
        grid.addWidget(self.input, row, 0, 1, 2)
        side = QVBoxLayout()
        self.points = QLabel(self)
        self.points.setObjectName("points")
        self.points.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.clear_button = QToolButton(self)
        self.clear_button.setObjectName("clear")
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Leave this question unanswered"))
        side.addWidget(self.points)
        side.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignRight)
        side.addStretch(1)
        grid.addLayout(side, row, 2)
        row += 1
        self.evidence = QLineEdit(self)
        self.evidence.setObjectName("evidence")
        self.evidence.setPlaceholderText(
            self.tr("Evidence: documents seen, facts, who said it…"))
        self.evidence.setClearButtonEnabled(True)
        grid.addWidget(self.evidence, row, 0, 1, 3)
        grid.setColumnStretch(0, 1)
        self.input.changed.connect(self._changed)
        self.clear_button.clicked.connect(self.input.clear)
        self.evidence.textEdited.connect(lambda _t: self.changed.emit(question.id))
        self._show_points()

    def answer(self) -> dict[str, Any]:
        return {"value": self.input.value(), "evidence": self.evidence.text()}

    def set_answer(self, answer: dict[str, Any] | None) -> None:
        answer = answer or {}
        self.input.set_value(answer.get("value"))
        self.evidence.setText(answer.get("evidence") or "")
        self._show_points()

    def _changed(self) -> None:
        self._show_points()
        self.changed.emit(self.question.id)

    def _show_points(self) -> None:
        value = self.input.value()
        if value is None:
            self.points.setText(self.tr("not answered"))
            self.points.setStyleSheet("color: palette(mid);")
        else:
            self.points.setText(self.tr("%1 of %2 points").replace(
                "%1", str(self.question.points(value))).replace("%2", str(MAX_POINTS)))
            self.points.setStyleSheet("")


def _html(text: str) -> str:
    from html import escape

    return escape(text, quote=False)
