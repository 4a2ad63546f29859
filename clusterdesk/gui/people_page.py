"""The People page: who uses the program (consultants, head office) and their regions.

A list like the others (``services.people_list``); Enter opens a person, "New person" adds
one, "This is me" makes the selected person the one working at this computer (kept in the
database, not in the window's settings). Trip teams and consultations pick from these people.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from clusterdesk.gui import device_role, gateway
from clusterdesk.gui.list_page import ListPage
from clusterdesk.services import lists, people
from clusterdesk.store.database import Database


class PeoplePage(ListPage):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, lists.LISTS["people"], ["region"], parent)
        self.setObjectName("PeoplePage")
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newPerson")
        self.me_button = QPushButton(self)
        self.me_button.setObjectName("thisIsMe")
        self.me_label = QLabel(self)
        self.me_label.setObjectName("me")
        row = QHBoxLayout()
        row.addWidget(self.me_label, 1)
        row.addWidget(self.me_button)
        row.addWidget(self.new_button)
        self.layout().addLayout(row)
        self.me_button.clicked.connect(self.this_is_me)
        self.selection_changed.connect(self._update)
        self.model.modelReset.connect(self._update)
        self.retranslate()

    def _update(self) -> None:
        if not hasattr(self, "me_button"):
            return
        self.me_button.setEnabled(bool(self.selected_uuid()))
        self.new_button.setEnabled(device_role.edits(self.db))  # an analyst adds nobody
        me = gateway.read_now(self.db, people.current)  # one record by its key
        self.me_label.setText(self.tr("Working at this computer: %1").replace(
            "%1", me.name) if me else self.tr("Nobody is chosen as working at this computer."))

    def this_is_me(self) -> None:
        uuid = self.selected_uuid()
        if uuid:
            gateway.write(self, self.db, lambda s: people.set_current(s, uuid),
                          lambda _r: self._update(), origin=self)

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "me_button"):
            self.new_button.setText(self.tr("&New person…"))
            self.me_button.setText(self.tr("&This is me"))
            self._update()


def make_page(window) -> PeoplePage:  # noqa: ANN001
    page = PeoplePage(window.db, window)
    page.open_requested.connect(lambda uuid: window.open_record("people", uuid))
    page.new_button.clicked.connect(lambda: window.open_record("people", None))
    return page


def open_person(window, uuid: str | None) -> None:  # noqa: ANN001
    from clusterdesk.gui.editors.person import PersonEditor

    PersonEditor(window.db, uuid, window).exec()
