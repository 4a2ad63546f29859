"""Which editor opens which kind of record, and the pages features supply.

Features that come with their own screens (diagnostics wizard, application editor, sync view)
register here, so the main window needs no knowledge of them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from clusterdesk.gui import gateway
from clusterdesk.store.database import Database


def _org(window, uuid) -> None:  # noqa: ANN001
    from clusterdesk.gui.editors.organization import OrganizationEditor

    OrganizationEditor(window.db, uuid, window, open_record=window.open_record).exec()


def _consultation(window, uuid) -> None:  # noqa: ANN001
    from clusterdesk.gui.editors.consultation import ConsultationEditor

    ConsultationEditor(window.db, uuid, window).exec()


def _trip(window, uuid) -> None:  # noqa: ANN001
    from clusterdesk.gui.editors.trip import TripEditor

    TripEditor(window.db, uuid, window, open_record=window.open_record).exec()


def _initiative(window, uuid) -> None:  # noqa: ANN001
    from clusterdesk.gui.editors.initiative import InitiativeEditor

    InitiativeEditor(window.db, uuid, window, open_record=window.open_record).exec()


def _member(window, uuid) -> None:  # noqa: ANN001
    from clusterdesk.services import records
    from clusterdesk.store.models import Membership

    if uuid:
        ini = gateway.read_now(window.db, lambda s: records.get(s, Membership, uuid)
                               .initiative_uuid)
        window.open_record("initiatives", ini)


OPENERS: dict[str, Callable] = {
    "organizations": _org, "consultations": _consultation, "trips": _trip,
    "initiatives": _initiative, "members": _member,
}
PAGES: dict[str, Callable[[QWidget], QWidget]] = {}


def opener(kind: str) -> Callable | None:
    return OPENERS.get(kind)


def open_editor_of(uuid: str) -> QDialog | None:
    """The editor shown now for the record ``uuid``, if any (to raise instead of a second)."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible() and \
                getattr(widget, "uuid", None) == uuid:
            return widget
    return None


def pages() -> dict[str, Callable[[QWidget], QWidget]]:
    return PAGES


def unexported_changes(db: Database) -> int:
    """This machine's changes not yet exported to head office."""
    from clusterdesk.sync import status

    return status.unexported_count(db)


def close_warning(db: Database) -> str | None:
    """The question to ask before closing when changes older than a day were never exported."""
    from clusterdesk.sync import status

    st = status.sync_status(db)
    if not st.warn_on_close():
        return None
    return QCoreApplication.translate(
        "MainWindow", "%n change(s) made on this computer have not been exported for more than "
        "a day. Close anyway? (Sync → Export or Sync with a central file sends them.)", "",
        st.unexported)


def _register_diagnostics() -> None:
    """The diagnostics page and wizard (imported only when used: no import cycle)."""
    def page(window):  # noqa: ANN001, ANN202
        from clusterdesk.gui.diagnostics_page import make_page
        return make_page(window)

    def wizard(window, uuid):  # noqa: ANN001, ANN202
        from clusterdesk.gui.diagnostics_page import open_from_window
        return open_from_window(window, uuid)

    PAGES["diagnostics"] = page
    OPENERS["diagnostics"] = wizard


_register_diagnostics()


def _register_applications() -> None:
    """The applications page and editor (imported lazily: they import the window's modules)."""

    def page(window):  # noqa: ANN001, ANN202
        from clusterdesk.gui.applications_page import make_page

        return make_page(window)

    def open_application(window, uuid) -> None:  # noqa: ANN001
        from clusterdesk.gui.applications_page import open_application as open_

        open_(window, uuid)

    PAGES["applications"] = page
    OPENERS["applications"] = open_application


_register_applications()


def _register_sync() -> None:
    """The Sync view (imported only when the window builds its pages)."""

    def page(window):  # noqa: ANN001, ANN202
        from clusterdesk.gui.sync_page import make_page

        return make_page(window)

    PAGES["sync"] = page


_register_sync()


def _register_trust() -> None:
    """The Devices and keys page: fingerprints, the programme file, enrolment (issue 13)."""

    def page(window):  # noqa: ANN001, ANN202
        from clusterdesk.gui.trust_page import make_page

        return make_page(window)

    PAGES["trust"] = page


_register_trust()


def _register_monitoring() -> None:
    """The Monitoring area; ``open_record("monitoring", cluster uuid)`` shows that cluster."""

    def page(window):  # noqa: ANN001, ANN202
        from clusterdesk.gui.monitoring_page import make_page

        return make_page(window)

    def open_cluster(window, uuid) -> None:  # noqa: ANN001
        window.show_page("monitoring").show_cluster(uuid)

    PAGES["monitoring"] = page
    OPENERS["monitoring"] = open_cluster


_register_monitoring()


def _register_consultant_day() -> None:
    """Issue 14's pages: the open next steps (rows are consultations) and the people."""

    def next_steps(window):  # noqa: ANN001, ANN202
        from clusterdesk.gui.next_steps_page import make_page

        return make_page(window)

    def people_page(window):  # noqa: ANN001, ANN202
        from clusterdesk.gui.people_page import make_page

        return make_page(window)

    def person(window, uuid) -> None:  # noqa: ANN001
        from clusterdesk.gui.people_page import open_person

        open_person(window, uuid)

    PAGES["next_steps"] = next_steps
    OPENERS["next_steps"] = _consultation
    PAGES["people"] = people_page
    OPENERS["people"] = person


_register_consultant_day()
