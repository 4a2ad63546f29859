"""The command line: demo figures through `stats --json`, and one-sentence errors."""

import json
import sqlite3
import subprocess
import sys

import pytest

from clusterdesk import __version__
from clusterdesk.cli.main import main


def run(*args, capsys):
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_demo_stats_show_the_published_figures(demo_db_file, capsys):
    code, out, _ = run("--db", str(demo_db_file), "stats", "--json", capsys=capsys)
    assert code == 0
    stats = json.loads(out)
    assert stats["organizations_consulted"] == 264
    assert stats["trips"] == 15
    assert stats["initiatives"] == 23
    assert stats["initiatives_by_sector"] == {
        "food": 8, "tourism": 6, "pharma": 2, "construction": 2, "light": 1, "chemical": 1,
        "machinery": 1, "furniture": 1, "paint": 1}
    assert stats["applications"] == 21
    assert stats["applications_by_status"]["rejected"] == 3
    assert stats["applications_by_status"]["selected"] == 6
    assert sorted(stats["participants_by_cluster"].values()) == [15, 16, 24, 25, 28, 58]
    assert sum(stats["participants_by_cluster"].values()) == 166
    by_name = stats["participants_by_cluster"]
    assert by_name["Туристский кластер Алматинской области"] == 58
    assert by_name["Мукомольный кластер Костанайской области"] == 16
    assert set(stats["selected_clusters"]) == set(by_name)


def test_demo_is_deterministic_and_stats_are_free_of_paths(tmp_path, demo_db_file, capsys):
    other = tmp_path / "again.db"
    assert run("--db", str(other), "demo", capsys=capsys)[0] == 0
    first = run("--db", str(demo_db_file), "stats", "--json", capsys=capsys)[1]
    second = run("--db", str(other), "stats", "--json", capsys=capsys)[1]
    assert first == second
    assert str(tmp_path) not in second


def test_demo_refuses_a_database_with_records(demo_db, capsys):
    code, _, err = run("--db", str(demo_db.path), "demo", capsys=capsys)
    assert code == 2
    assert "already holds records" in err and "--force" in err
    assert "Traceback" not in err


def test_demo_consultations_cover_every_region_in_three_rounds(demo_db):
    from sqlalchemy import select

    from clusterdesk.store.models import Trip
    from clusterdesk.store.refdata import regions

    with demo_db.session() as s:
        trips = s.scalars(select(Trip)).all()
    then = {c for c, r in regions().items() if c not in ("10", "33", "62", "61", "79")
            and (r.current is False or c not in ("19", "35", "63"))}
    for rnd in (1, 2, 3):
        covered = {c for t in trips if t.round == rnd for c in t.region_codes}
        assert covered == then, f"round {rnd} misses {then - covered}"
    assert min(t.start_date for t in trips).isoformat() >= "2016-07-01"
    assert max(t.end_date for t in trips).isoformat() <= "2017-05-31"


def test_demo_bins_are_valid_and_unique(demo_db):
    from clusterdesk.domain.bin import is_valid_bin

    con = sqlite3.connect(demo_db.path)
    bins = [b for (b,) in con.execute("SELECT bin FROM organizations WHERE bin != ''")]
    assert len(bins) > 250
    assert len(set(bins)) == len(bins)
    assert all(is_valid_bin(b) for b in bins)


def test_stats_on_missing_database_is_one_clear_sentence(tmp_path, capsys):
    code, _, err = run("--db", str(tmp_path / "nope.db"), "stats", "--json", capsys=capsys)
    assert code == 2
    assert "does not exist" in err and "init" in err
    assert not (tmp_path / "nope.db").exists()


def test_non_database_file_is_refused_without_traceback(tmp_path, capsys):
    path = tmp_path / "letter.db"
    path.write_text("Dear colleagues,\n" * 50)
    code, _, err = run("--db", str(path), "init", capsys=capsys)
    assert code == 2
    assert err.strip().startswith("clusterdesk: error:") and "not a ClusterDesk database" in err
    assert err.count("\n") == 1


def test_version_and_help_run_as_a_program(tmp_path):
    result = subprocess.run([sys.executable, "-m", "clusterdesk", "--version"],
                            capture_output=True, text=True, check=True)
    assert result.stdout.strip() == f"ClusterDesk {__version__}"
    result = subprocess.run([sys.executable, "-m", "clusterdesk", "--db", str(tmp_path / "x.db"),
                             "init"], capture_output=True, text=True)
    assert result.returncode == 0 and "ready" in result.stdout


@pytest.mark.parametrize("argv", [["stats", "--bogus"], ["no-such-command"]])
def test_bad_arguments_exit_non_zero(argv, tmp_path):
    result = subprocess.run([sys.executable, "-m", "clusterdesk", "--db", str(tmp_path / "x.db"),
                             *argv], capture_output=True, text=True)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr


def test_first_import_creates_the_database_and_a_bad_file_leaves_nothing(
        tmp_path, demo_db, capsys):
    source = str(demo_db.path)  # a private copy: exporting marks its changes as sent
    bundle = tmp_path / "all.cdsync"
    assert run("--db", source, "export", str(bundle), "--all", capsys=capsys)[0] == 0
    hq = tmp_path / "hq.db"
    code, out, _ = run("--db", str(hq), "import", str(bundle), capsys=capsys)
    assert code == 0 and hq.exists()
    assert json.loads(run("--db", str(hq), "stats", "--json", capsys=capsys)[1]) == \
        json.loads(run("--db", source, "stats", "--json", capsys=capsys)[1])
    bad = tmp_path / "bad.cdsync"
    bad.write_text("not a sync file")
    other = tmp_path / "other.db"
    code, _, err = run("--db", str(other), "import", str(bad), capsys=capsys)
    assert code == 2 and "bad.cdsync" in err
    assert not list(tmp_path.glob("other.db*"))


# ---- conventions: -, exit codes, --json, closed pipes -----------------------------------

def test_check_bin_answers_for_each_number_and_exits_1_when_any_is_invalid(capsys):
    code, out, _ = run("check", "bin", "940140000385", "990140004654", capsys=capsys)
    assert code == 0
    assert out.count("valid — BIN: resident legal entity") == 2
    code, out, _ = run("check", "bin", "940140000385", "941340000385", "--json", capsys=capsys)
    assert code == 1
    answers = json.loads(out)
    assert [a["valid"] for a in answers] == [True, False]
    assert "month" in answers[1]["errors"][0]
    code, out, _ = run("check", "bin", "940140000385", "--form", "ИП", capsys=capsys)
    assert code == 1 and "warning: an individual entrepreneur" in out


def test_export_to_stdout_does_not_mark_changes_as_sent(tmp_path, capsysbinary):
    db = str(tmp_path / "own.db")  # this machine's own records (a copy would be another's)
    assert main(["--db", db, "demo"]) == 0
    capsysbinary.readouterr()
    assert main(["--db", db, "sync-status", "--json"]) == 0
    before = json.loads(capsysbinary.readouterr().out)["unexported"]
    assert main(["--db", db, "export", "-"]) == 0
    out = capsysbinary.readouterr()
    assert out.out[:2] == b"PK" and b"still count as not sent" in out.err  # a zip on stdout
    assert main(["--db", db, "sync-status", "--json"]) == 0
    assert json.loads(capsysbinary.readouterr().out)["unexported"] == before > 0


def test_a_dash_is_no_file_name_and_mistakes_exit_2(demo_db, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, _, err = run("--db", str(demo_db.path), "report", "diagnostics", "--all", "-o", "-",
                       capsys=capsys)
    assert code == 2 and "--one-file" in err
    assert not (tmp_path / "-").exists()
    code, _, err = run("--db", str(demo_db.path), "import", str(tmp_path / "nothing.cdsync"),
                       capsys=capsys)
    assert code == 2 and "Traceback" not in err


def test_an_internal_error_exits_3(demo_db, capsys, monkeypatch):
    from clusterdesk.services import stats

    def broken(*_a, **_k):
        raise RuntimeError("boom")

    monkeypatch.setattr(stats, "programme_stats", broken)
    code, _, err = run("--db", str(demo_db.path), "stats", capsys=capsys)
    assert code == 3 and "unexpected error" in err and "Traceback" not in err


def test_report_batch_summary_as_json(demo_db, tmp_path, capsys):
    code, out, _ = run("--db", str(demo_db.path), "report", "diagnostics", "--region",
                       "790000000", "-o", str(tmp_path / "r"), "--json", capsys=capsys)
    summary = json.loads(out)
    assert code == 0 and summary["reports"] == len(summary["files"]) == 2


def test_a_closed_pipe_ends_quietly(demo_db_file):
    done = subprocess.run(
        f"'{sys.executable}' -m clusterdesk --db '{demo_db_file}' stats --json | head -c 1",
        shell=True, capture_output=True, text=True, timeout=120)
    assert done.stdout == "{"
    assert "BrokenPipeError" not in done.stderr and "error" not in done.stderr
