"""Bulk import of registry lists: refused rows listed with reasons, the rest imported at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from clusterdesk.cli.main import main as cli
from clusterdesk.domain.bin import make_bin
from clusterdesk.errors import ClusterDeskError
from clusterdesk.services import organizations, registry_import
from clusterdesk.store.models import Contact, Organization


@pytest.fixture
def db(any_db):
    """Every test here runs on an SQLite file and on a PostgreSQL database."""
    return any_db


GOOD, OTHER, HELD, LEADING_ZERO = (make_bin("04044000001"), make_bin("10104000002"),
                                   make_bin("12124000003"), make_bin("05054000004"))
HEADER = ["Наименование", "БИН", "Адрес", "Телефон", "E-mail", "Регион", "Руководитель"]


def registry_rows() -> list[list[str]]:
    """A list with one good row of each kind and every kind of problem."""
    return [
        ["ТОО «Альфа»", GOOD, "ул. Абая, 1", "+7 701 000 00 01", "alfa@mail.kz",
         "Карагандинская область", "Иванов И. И."],
        ["ТОО Бета", GOOD[:-1] + str((int(GOOD[-1]) + 1) % 10), "", "", "", "", ""],  # bad BIN
        ["ТОО Гамма", GOOD, "", "", "", "", ""],  # the same BIN as row 2
        ["ТОО Дельта", HELD, "", "", "", "", ""],  # the database has it
        ["ЖШС Шығыс", OTHER, "", "", "", "390000000", "Сейітов Б."],
        ["", make_bin("11114000005"), "", "", "", "", ""],  # no name
        ["ТОО Эпсилон", "", "", "", "", "Марс", ""],  # unknown region
    ]


def seed(db) -> str:
    with db.session() as s:
        org = organizations.save(s, Organization(name="ТОО Дельта-Старая", bin=HELD))
        s.flush()
        return org.uuid


def write_csv(path: Path, rows: list[list[str]], sep: str = ";", encoding: str = "utf-8-sig",
              header: list[str] = HEADER) -> Path:
    text = "\r\n".join(sep.join(r) for r in [header, *rows]) + "\r\n"
    path.write_bytes(text.encode(encoding))
    return path


def write_xlsx(path: Path, rows: list[list[object]], header: list[str] = HEADER) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    for row in [header, *rows]:
        sheet.append(row)
    book.save(path)
    return path


def live_names(db) -> set[str]:
    with db.session() as s:
        return set(s.scalars(select(Organization.name).where(Organization.deleted.is_(False))))


def refused_codes(summary) -> dict[int, list[str]]:
    return {r.number: [p.reason.code for p in r.problems] for r in summary.refused}


EXPECTED_REFUSED = {3: ["bin.check_digit"], 4: ["registry.file_duplicate"],
                    5: ["bin.duplicate"], 7: ["required"], 8: ["registry.region"]}


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_refused_rows_are_listed_and_the_rest_imported(db, tmp_path, kind):
    held_uuid = seed(db)
    path = (write_csv(tmp_path / "akimat.csv", registry_rows()) if kind == "csv"
            else write_xlsx(tmp_path / "akimat.xlsx", registry_rows()))

    summary = registry_import.apply(db, path)

    assert refused_codes(summary) == EXPECTED_REFUSED
    reasons = {r.number: r.reasons for r in summary.refused}
    assert any("already on row 2" in t for t in reasons[4])
    assert any(held_uuid in t for t in reasons[5])
    assert summary.imported == 2 and summary.contacts == 2
    assert live_names(db) == {"ТОО Дельта-Старая", "ТОО «Альфа»", "ЖШС Шығыс"}
    with db.session() as s:
        alfa = s.scalars(select(Organization).where(Organization.bin == GOOD)).one()
        assert (alfa.address, alfa.phone, alfa.email) == (
            "ул. Абая, 1", "+7 701 000 00 01", "alfa@mail.kz")
        assert alfa.region_code == "35" and alfa.hlc and alfa.device_id == db.device_id
        assert [c.name for c in alfa.contacts] == ["Иванов И. И."]
        east = s.scalars(select(Organization).where(Organization.bin == OTHER)).one()
        assert east.region_code == "39" and east.name_lang == "kk"


def test_a_file_whose_every_row_is_bad_imports_nothing(db, tmp_path):
    seed(db)
    bad = [r for i, r in enumerate(registry_rows(), start=2) if i in EXPECTED_REFUSED and i != 4]
    summary = registry_import.apply(db, write_csv(tmp_path / "bad.csv", bad))
    assert summary.imported == 0 and len(summary.refused) == len(bad)
    assert live_names(db) == {"ТОО Дельта-Старая"}


def test_importing_the_same_file_again_refuses_every_row(db, tmp_path):
    path = write_csv(tmp_path / "chamber.csv", [["ТОО Альфа", GOOD], ["ТОО Сигма", ""]],
                     header=["Name", "BIN"])
    assert registry_import.apply(db, path).imported == 2
    again = registry_import.apply(db, path)
    assert again.imported == 0
    assert refused_codes(again) == {2: ["bin.duplicate"], 3: ["registry.possible_duplicate"]}


def test_a_failure_midway_leaves_nothing_half_imported(db, tmp_path, monkeypatch):
    path = write_csv(tmp_path / "list.csv", [["ТОО Один", GOOD], ["ТОО Два", OTHER]])
    real_save, calls = organizations.save, []

    def failing_save(session, org):
        calls.append(org.name)
        if len(calls) == 2:
            raise RuntimeError("disk unplugged")
        return real_save(session, org)

    monkeypatch.setattr(organizations, "save", failing_save)
    with pytest.raises(RuntimeError):
        registry_import.apply(db, path)
    assert calls == ["ТОО Один", "ТОО Два"] and live_names(db) == set()


@pytest.mark.parametrize(("sep", "encoding"), [(",", "cp1251"), ("\t", "utf-8"), (";", "utf-8")])
def test_csv_of_any_excel_locale_is_read(db, tmp_path, sep, encoding):
    path = write_csv(tmp_path / "r.csv", [["ТОО Альфа, филиал", GOOD, "Костанай"]]
                     if sep != "," else [["ТОО Альфа", GOOD, "Костанайская обл."]],
                     sep=sep, encoding=encoding, header=["Наименование", "БИН", "Область"])
    summary = registry_import.apply(db, path)
    assert summary.imported == 1, summary.as_json()
    with db.session() as s:
        assert s.scalars(select(Organization.region_code)).one() == "39"


def test_a_bin_that_excel_stored_as_a_number_keeps_its_leading_zero(db, tmp_path):
    assert LEADING_ZERO.startswith("0")
    path = write_xlsx(tmp_path / "r.xlsx", [["ТОО Ноль", int(LEADING_ZERO)]],
                      header=["Атауы", "БСН"])
    assert registry_import.apply(db, path).imported == 1
    with db.session() as s:
        assert s.scalars(select(Organization.bin)).one() == LEADING_ZERO


def test_a_dry_run_writes_nothing(db, tmp_path):
    summary = registry_import.preview(db, write_csv(tmp_path / "r.csv", registry_rows()))
    assert sum(r.ok for r in summary.rows) == 3 and summary.imported == 0
    assert live_names(db) == set()


def test_unreadable_files_and_unknown_columns_are_refused(db, tmp_path):
    (tmp_path / "empty.csv").write_bytes(b"")
    (tmp_path / "broken.xlsx").write_bytes(b"not a zip")
    for name in ("empty.csv", "broken.xlsx", "missing.csv"):
        with pytest.raises(ClusterDeskError) as err:
            registry_import.apply(db, tmp_path / name)
        assert err.value.code == "registry.unreadable"
    no_name = write_csv(tmp_path / "n.csv", [["x", GOOD]], header=["Колонка", "БИН"])
    with pytest.raises(ClusterDeskError) as err:
        registry_import.apply(db, no_name)
    assert err.value.code == "registry.no_name"


def test_cli_exit_codes_and_the_remembered_mapping(db, tmp_path, capsys):
    seed(db)
    db_path = db.location
    path = write_csv(tmp_path / "akimat.csv", registry_rows())
    assert cli(["--db", db_path, "registry", "import", str(path), "--dry-run"]) == 1
    assert cli(["--db", db_path, "registry", "import", str(path)]) == 1
    out = capsys.readouterr().out
    assert "2 organizations and 2 contacts imported, 5 refused" in out
    assert "row 3 'ТОО Бета': BIN: check digit is" in out
    assert cli(["--db", db_path, "registry", "import", str(tmp_path / "none.csv")]) == 2

    odd = write_csv(tmp_path / "odd.csv", [["ТОО Новая", make_bin("13014000006")]],
                    header=["Col A", "Col B"])
    assert cli(["--db", db_path, "registry", "import", str(odd), "--dry-run"]) == 2
    assert cli(["--db", db_path, "registry", "import", str(odd),
                "--map", "name=Col A,bin=Col B"]) == 0
    odd2 = write_csv(tmp_path / "odd2.csv", [["ТОО Новая-2", make_bin("13014000007")]],
                     header=["Col A", "Col B"])
    assert cli(["--db", db_path, "registry", "import", str(odd2), "--json"]) == 0
    assert '"imported": 1' in capsys.readouterr().out
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Organization)) == 5
        assert s.scalar(select(func.count()).select_from(Contact)) == 2


def test_the_window_previews_the_rows_and_imports_the_good_ones(db, make_window, qtbot,
                                                                tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from clusterdesk.gui.registry_dialog import RegistryImportDialog

    seed(db)
    window = make_window(db)
    assert window.registry_action.text().startswith("&Import a registry")
    from clusterdesk.gui import i18n

    i18n.install("kk")  # the menu entry follows a change of language
    qtbot.waitUntil(lambda: window.registry_action.text() == "Ұйымдар тізілімін &импорттау…")
    i18n.install("en")
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    dialog = RegistryImportDialog(db, write_csv(tmp_path / "akimat.csv", registry_rows()), window)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled())
    assert "7 rows: 2 will be imported, 5 refused" in dialog.summary.text()
    assert dialog.combos["bin"].currentText() == "БИН"
    fates = [dialog.preview.item(r, 3).text() for r in range(dialog.preview.rowCount())]
    assert fates[0] == "will be imported" and fates[2].startswith("BIN: 0404")
    dialog.combos["bin"].setCurrentIndex(0)  # BIN "(not in the file)": no BIN problems left
    qtbot.waitUntil(lambda: "5 will be imported" in dialog.summary.text())
    dialog.combos["bin"].setCurrentIndex(dialog.combos["bin"].findText("БИН"))
    qtbot.waitUntil(lambda: "2 will be imported" in dialog.summary.text()
                    and dialog.import_button.isEnabled())
    dialog.import_button.click()
    qtbot.waitUntil(lambda: bool(told))
    assert told == ["2 organizations and 2 contacts imported; 5 rows refused."]
    assert live_names(db) == {"ТОО Дельта-Старая", "ТОО «Альфа»", "ЖШС Шығыс"}


def test_kazakh_letters_lost_by_a_windows_1251_csv_are_named_not_imported(db, tmp_path):
    """Excel's «CSV» on a Russian Windows cannot hold Қ or Ә: they arrive as "?"."""
    name = "ТОО «Қазына Әлем»"
    damaged = name.encode("cp1251", errors="replace").decode("cp1251")  # ТОО «?азына ?лем»
    path = write_csv(tmp_path / "r.csv", [[damaged, GOOD, "Костанай"],
                                          ["ТОО «Береке»", "", "Костанай"]],
                     encoding="cp1251", header=["Наименование", "БИН", "Область"])
    summary = registry_import.apply(db, path)
    assert summary.imported == 1
    (refused,) = summary.refused
    assert refused.number == 2 and "CSV UTF-8" in " ".join(refused.reasons)
    with db.session() as s:
        assert s.scalars(select(Organization.name)).all() == ["ТОО «Береке»"]
