"""Help → User guide (F1): a short guide per task, in the window's language, shipped with
the program (``resources/help/<lang>.html``: one section per task, listed on the left)."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.gui import labels, settings
from clusterdesk.resources_path import resource

_SECTION = re.compile(r'<h2 id="([\w-]+)">(.*?)</h2>')


def guide_html(lang: str) -> str:
    """The guide in ``lang`` (English when there is none in that language)."""
    path = resource("help", f"{lang}.html")
    if not path.exists():
        path = resource("help", "en.html")
    return path.read_text(encoding="utf-8")


def sections(html: str) -> list[tuple[str, str]]:
    """(anchor, title) of every task in the guide, in order."""
    return _SECTION.findall(html)


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, topic: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HelpDialog")
        self.setWindowTitle(self.tr("User guide"))
        html = guide_html(labels.language())
        self.topics = QListWidget(self)
        self.topics.setObjectName("topics")
        for anchor, title in sections(html):
            item = QListWidgetItem(title, self.topics)
            item.setData(Qt.ItemDataRole.UserRole, anchor)
        self.topics.setMaximumWidth(220)
        self.text = QTextBrowser(self)
        self.text.setObjectName("guide")
        self.text.setOpenExternalLinks(False)
        self.text.setHtml(html)
        self.topics.currentItemChanged.connect(
            lambda item, _old: item and self.text.scrollToAnchor(
                item.data(Qt.ItemDataRole.UserRole)))
        row = QHBoxLayout()
        row.addWidget(self.topics)
        row.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(820, 560)
        settings.restore_geometry("HelpDialog", self)
        if topic:
            self.show_topic(topic)

    def show_topic(self, anchor: str) -> None:
        for i in range(self.topics.count()):
            if self.topics.item(i).data(Qt.ItemDataRole.UserRole) == anchor:
                self.topics.setCurrentRow(i)

    def done(self, result: int) -> None:
        settings.save_geometry("HelpDialog", self)
        super().done(result)


def open_guide(parent: QWidget | None = None, topic: str | None = None) -> HelpDialog:
    """Show the guide beside the work (not modal: the user can keep the form open)."""
    dialog = HelpDialog(parent, topic)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
