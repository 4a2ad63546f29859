"""The installer: build_installer.py freezes the program, smoke-tests the result and packs it.

The build, its smoke test and the packing take about one minute on 2 cores, so CI runs it
(``.ci/run`` installs the ``build`` extra); ``pytest -m "not slow"`` leaves it out, and it is
skipped where PyInstaller is not installed. The quick tests check that a broken build is
refused with a clear message.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def load_builder():  # noqa: ANN201
    spec = importlib.util.spec_from_file_location("build_installer", ROOT / "build_installer.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(sys.platform == "win32", reason="the fake program is a shell script")
def test_a_broken_build_fails_with_a_clear_message(tmp_path: Path, monkeypatch,  # noqa: ANN001
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    builder = load_builder()
    fake = tmp_path / "dist" / "clusterdesk"
    package = fake / "_internal" / "clusterdesk"
    for name in builder.REQUIRED_FILES:
        (package / name).parent.mkdir(parents=True, exist_ok=True)
        (package / name).write_text("x")
    program = fake / "clusterdesk"
    program.write_text("#!/bin/sh\necho 'ClusterDesk 0.0.0-wrong'\n")
    program.chmod(0o755)
    monkeypatch.setattr(builder, "freeze", lambda dist, work: fake)
    monkeypatch.setattr(builder, "check_constraints", lambda: 0)

    code = builder.main(["--dist", str(tmp_path / "dist"), "--work", str(tmp_path / "work")])

    err = capsys.readouterr().err
    assert code == 1
    assert "smoke test: --version printed 'ClusterDesk 0.0.0-wrong'" in err
    assert not list((tmp_path / "dist").glob("*.tar.gz")), "a broken build must not be packed"


def test_missing_data_files_are_named() -> None:
    builder = load_builder()
    with pytest.raises(builder.BuildError, match="holds no clusterdesk/resources"):
        builder.check_files(ROOT / "packaging")


def test_wrong_published_figures_are_refused() -> None:
    builder = load_builder()
    with pytest.raises(builder.BuildError, match="organizations_consulted.: 263"):
        builder.check_stats('{"organizations_consulted": 263, "initiatives": 23, '
                            '"applications": 21, "applications_by_status": {"selected": 6}}')


def test_desktop_entry_names_the_command_and_the_icon() -> None:
    entry = (ROOT / "packaging" / "clusterdesk.desktop").read_text(encoding="utf-8")
    assert "\nExec=clusterdesk\n" in entry
    assert "\nIcon=clusterdesk\n" in entry
    assert "GenericName[kk]=" in entry and "GenericName[ru]=" in entry


@pytest.mark.slow
@pytest.mark.skipif(importlib.util.find_spec("PyInstaller") is None,
                    reason='PyInstaller is not installed: pip install -e ".[build]"')
def test_installer_builds_runs_and_is_packed(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    done = subprocess.run(
        [sys.executable, str(ROOT / "build_installer.py"), "--dist", str(dist),
         "--work", str(tmp_path / "work")],
        capture_output=True, text=True, timeout=1500)
    assert done.returncode == 0, (done.stdout + done.stderr)[-4000:]
    assert "stats --json: published figures match (264 organizations consulted)" in done.stdout
    assert "window: opened offscreen and closed" in done.stdout
    version = load_builder().project_version()
    if not sys.platform.startswith("linux"):
        assert list(dist.glob(f"clusterdesk-{version}-*")), "no package in dist/"
        return

    archive = dist / f"clusterdesk-{version}-{load_builder().platform_tag()}.tar.gz"
    top = f"clusterdesk-{version}"
    with tarfile.open(archive) as tar:
        names = set(tar.getnames())
        desktop = tar.extractfile(f"{top}/clusterdesk.desktop").read().decode()
        # Debian 12's Python 3.11.2 has no extraction filters (added in 3.11.4): check the
        # names ourselves there, use the standard filter where it exists.
        assert all(not n.startswith("/") and ".." not in Path(n).parts for n in names)
        safe = {"filter": "tar"} if hasattr(tarfile, "tar_filter") else {}
        tar.extractall(tmp_path / "unpacked", **safe)
    assert {f"{top}/clusterdesk", f"{top}/clusterdesk.png", f"{top}/install.sh",
            f"{top}/_internal/clusterdesk/resources/icons/clusterdesk-256.png",
            f"{top}/_internal/clusterdesk/store/migrations/versions/0001_initial_schema.py",
            } <= names
    assert "Icon=clusterdesk" in desktop
    # The unpacked archive runs on its own, away from the source tree and the build folder.
    program = tmp_path / "unpacked" / top / "clusterdesk"
    env = load_builder().smoke_env(tmp_path / "home")
    out = subprocess.run([str(program), "--db", str(tmp_path / "u.db"), "demo"], cwd=tmp_path,
                         env=env, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert "264 organizations consulted" in out.stdout
    for folder in ("work", "dist", "unpacked"):  # ~600 MB; pytest keeps old tmp folders
        shutil.rmtree(tmp_path / folder)


def test_the_build_refuses_libraries_other_than_the_pinned_ones(tmp_path: Path) -> None:
    builder = load_builder()
    pins = builder.read_constraints()
    assert {"sqlalchemy", "reportlab", "pyside6-essentials", "pyinstaller"} <= set(pins)
    wrong = tmp_path / "constraints.txt"
    wrong.write_text("# a month-old pin\nSQLAlchemy==2.0.1\n", encoding="utf-8")
    monkey_root = builder.ROOT
    try:
        builder.ROOT = tmp_path
        with pytest.raises(builder.BuildError, match=r"sqlalchemy .* \(pinned 2\.0\.1\)"):
            builder.check_constraints(wrong)
    finally:
        builder.ROOT = monkey_root


def test_constraints_admit_what_pyproject_requires() -> None:
    import tomllib

    from packaging.requirements import Requirement

    builder = load_builder()
    pins = builder.read_constraints()
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    deps = data["project"]["dependencies"] + data["project"]["optional-dependencies"]["build"]
    for dep in map(Requirement, deps):
        name = dep.name.lower().replace("_", "-")
        assert name in pins, f"{name} is not pinned in packaging/constraints.txt"
        assert dep.specifier.contains(pins[name]), f"{name}=={pins[name]} is outside {dep}"
