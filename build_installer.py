"""Build the ClusterDesk installer for the platform this runs on, then smoke-test it.

    python build_installer.py [--dist DIR] [--work DIR]

PyInstaller (``pip install -e ".[build]" -c packaging/constraints.txt``) freezes the program
with packaging/clusterdesk.spec into a one-folder application ``DIR/clusterdesk`` (macOS:
``DIR/ClusterDesk.app``); the built program is then run as a user would (version, demo,
stats, the window offscreen), and only if it works is it packed into ``DIR``: Linux
``clusterdesk-<version>-linux-<arch>.tar.gz`` (folder, .desktop file, icon, install.sh),
Windows an Inno Setup installer
(packaging/clusterdesk.iss, when ``ISCC`` is on the PATH) or else a zip, macOS a zipped .app.
Exits non-zero with one clear message when anything fails.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import tomllib
import zipfile
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "clusterdesk.spec"
CONSTRAINTS = PACKAGING / "constraints.txt"  # the exact libraries a build may contain
ICON_PNG = ROOT / "resources" / "icons" / "clusterdesk-256.png"
# The demo programme's published figures (see README and the demo generator).
EXPECTED_STATS = {"organizations_consulted": 264, "initiatives": 23, "applications": 21}
EXPECTED_SELECTED = 6
# Files the program reads at run time, relative to the bundled clusterdesk/ package.
REQUIRED_FILES = [
    "resources/fonts/DejaVuSans.ttf", "resources/fonts/DejaVuSans-Bold.ttf",
    "resources/fonts/LICENSE-DejaVu.txt", "resources/icons/clusterdesk-256.png",
    "resources/icons/clusterdesk.svg", "resources/translations/clusterdesk_ru.qm",
    "resources/translations/clusterdesk_kk.qm", "resources/reference/regions.toml",
    "resources/reference/sectors.toml", "store/migrations/env.py",
    "store/migrations/versions/0001_initial_schema.py",
]
SMOKE_TIMEOUT = 180  # seconds per command; the window closes itself after SMOKE_WINDOW_MS
SMOKE_WINDOW_MS = 1500


class BuildError(Exception):
    """A step failed; the message says which and why."""


def project_version() -> str:
    """The version, from pyproject.toml (the one place it is written)."""
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    version = data["project"]["version"]
    try:
        installed = metadata.version("clusterdesk")
    except metadata.PackageNotFoundError:
        raise BuildError("clusterdesk is not installed in this Python; run "
                         'pip install -e ".[build]" first (the bundle takes its metadata from '
                         "the installed package).") from None
    if installed != version:
        raise BuildError(f"pyproject.toml says version {version} but the installed metadata says "
                         f"{installed}; run pip install -e . again so both agree.")
    return version


def platform_tag() -> str:
    machine = platform.machine().lower()
    arch = {"amd64": "x64", "x86_64": "x64", "arm64": "arm64", "aarch64": "arm64"}.get(machine,
                                                                                       machine)
    if sys.platform == "win32":
        return f"windows-{arch}"
    if sys.platform == "darwin":
        return f"macos-{arch}"
    return f"linux-{'x86_64' if arch == 'x64' else arch}"


def freeze(dist: Path, work: Path) -> Path:
    """Run PyInstaller on the spec; returns the built folder (or .app)."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise BuildError('PyInstaller is not installed; run pip install -e ".[build]".') from None
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
           "--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    if subprocess.run(cmd, cwd=ROOT).returncode != 0:
        raise BuildError("PyInstaller failed (its messages are above).")
    built = dist / ("ClusterDesk.app" if sys.platform == "darwin" else "clusterdesk")
    if not built.exists():
        raise BuildError(f"PyInstaller finished but {built} is missing.")
    return built


def executable(built: Path) -> Path:
    if sys.platform == "darwin":
        return built / "Contents" / "MacOS" / "clusterdesk"
    return built / ("clusterdesk.exe" if sys.platform == "win32" else "clusterdesk")


def check_files(built: Path) -> None:
    """The data files must be inside the bundle (nothing is read from the source tree)."""
    found = [p.parent.parent.parent for p in built.rglob("clusterdesk/resources/fonts")]
    if not found:
        raise BuildError(f"the bundle {built} holds no clusterdesk/resources folder.")
    package = found[0] / "clusterdesk"
    missing = [name for name in REQUIRED_FILES if not (package / name).is_file()]
    if missing:
        raise BuildError(f"the bundle lacks {', '.join(missing)} (under {package}).")


def smoke_env(home: Path) -> dict[str, str]:
    """A clean user: settings, logs and data go to a temporary folder, no display needed."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    env.update(HOME=str(home), USERPROFILE=str(home), APPDATA=str(home / "AppData"),
               LOCALAPPDATA=str(home / "LocalAppData"), XDG_CONFIG_HOME=str(home / "config"),
               XDG_DATA_HOME=str(home / "data"), XDG_CACHE_HOME=str(home / "cache"),
               XDG_STATE_HOME=str(home / "state"), QT_QPA_PLATFORM="offscreen",
               LANG="C.UTF-8")
    return env


def run_built(exe: Path, args: list[str], cwd: Path, env: dict[str, str]) -> str:
    """Run the built program; its stdout, or BuildError naming the command and its output."""
    shown = " ".join(["clusterdesk", *args])
    try:
        done = subprocess.run([str(exe), *args], cwd=cwd, env=env, capture_output=True,
                              text=True, encoding="utf-8", errors="replace",
                              timeout=SMOKE_TIMEOUT)
    except subprocess.TimeoutExpired:
        raise BuildError(f"smoke test: `{shown}` did not finish within {SMOKE_TIMEOUT} s "
                         "(a dialog left open?).") from None
    if done.returncode != 0:
        raise BuildError(f"smoke test: `{shown}` exited with code {done.returncode}:\n"
                         f"{done.stdout}{done.stderr}".rstrip())
    return done.stdout


def smoke_test(built: Path, version: str) -> None:
    """Run the built program as a user would, from an empty folder with a fresh database."""
    check_files(built)
    exe = executable(built)
    with tempfile.TemporaryDirectory(prefix="clusterdesk-smoke-") as tmp:
        folder = Path(tmp)
        env = smoke_env(folder / "home")
        out = run_built(exe, ["--version"], folder, env).strip()
        if out != f"ClusterDesk {version}":
            raise BuildError(f"smoke test: --version printed {out!r}, expected "
                             f"'ClusterDesk {version}'.")
        print(f"  --version: {out}")
        db = str(folder / "smoke.db")
        print("  demo:", run_built(exe, ["--db", db, "demo"], folder, env).strip())
        out = run_built(exe, ["--db", db, "stats", "--json"], folder, env)
        check_stats(out)
        print("  stats --json: published figures match "
              f"({EXPECTED_STATS['organizations_consulted']} organizations consulted)")
        pdf = folder / "diagnostics.pdf"
        run_built(exe, ["--db", db, "report", "diagnostics", "--all", "--one-file",
                        "--lang", "kk", "-o", str(pdf)], folder, env)
        if not pdf.is_file() or not pdf.read_bytes().startswith(b"%PDF"):
            raise BuildError("smoke test: `report diagnostics` wrote no PDF file.")
        print(f"  report diagnostics (kk): {pdf.stat().st_size // 1024} KB PDF")
        env["CLUSTERDESK_SMOKE_QUIT_MS"] = str(SMOKE_WINDOW_MS)
        out = run_built(exe, ["--db", db], folder, env)
        line = next((ln for ln in out.splitlines() if ln.startswith("smoke: window shown")), "")
        if not line:
            raise BuildError(f"smoke test: the window did not open and close:\n{out}")
        if line.endswith("[]"):
            raise BuildError("smoke test: the window has no icon (icon files not bundled?).")
        print(f"  window: opened offscreen and closed ({line.removeprefix('smoke: ')})")


def check_stats(out: str) -> None:
    try:
        stats = json.loads(out)
    except json.JSONDecodeError:
        raise BuildError(f"smoke test: stats --json printed no JSON:\n{out}") from None
    wrong = {k: stats.get(k) for k, v in EXPECTED_STATS.items() if stats.get(k) != v}
    selected = stats.get("applications_by_status", {}).get("selected")
    if selected != EXPECTED_SELECTED:
        wrong["applications_by_status.selected"] = selected
    if wrong:
        raise BuildError(f"smoke test: stats --json differs from the published figures: {wrong} "
                         f"(expected {EXPECTED_STATS}, {EXPECTED_SELECTED} selected).")


def pack_linux(built: Path, dist: Path, version: str) -> Path:
    """A .tar.gz of clusterdesk-<version>/: the program, its .desktop file, icon, install.sh."""
    top = f"clusterdesk-{version}"
    target = dist / f"clusterdesk-{version}-{platform_tag()}.tar.gz"
    extras = {"clusterdesk.desktop": PACKAGING / "clusterdesk.desktop",
              "clusterdesk.png": ICON_PNG, "install.sh": PACKAGING / "install.sh"}
    with tarfile.open(target, "w:gz", compresslevel=6) as tar:  # 9 is slower, ~1% smaller
        tar.add(built, arcname=top)
        for name, source in extras.items():
            info = tar.gettarinfo(str(source), arcname=f"{top}/{name}")
            info.mode = 0o755 if name.endswith(".sh") else 0o644
            with source.open("rb") as handle:
                tar.addfile(info, handle)
    return target


def pack_windows(built: Path, dist: Path, version: str) -> Path:
    """An Inno Setup installer when ISCC is available, otherwise a zip of the folder."""
    iscc = shutil.which("ISCC") or shutil.which("iscc")
    if iscc:
        name = f"clusterdesk-{version}-{platform_tag()}-setup"
        cmd = [iscc, f"/DAppVersion={version}", f"/DSourceDir={built}", f"/DOutputDir={dist}",
               f"/DOutputBaseFilename={name}", str(PACKAGING / "clusterdesk.iss")]
        if subprocess.run(cmd, cwd=PACKAGING).returncode != 0:
            raise BuildError("Inno Setup (ISCC) failed (its messages are above).")
        return dist / f"{name}.exe"
    print("ISCC (Inno Setup) is not on the PATH: packing a zip instead of an installer.")
    target = dist / f"clusterdesk-{version}-{platform_tag()}.zip"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(built.rglob("*")):
            zf.write(path, f"clusterdesk-{version}/{path.relative_to(built).as_posix()}")
    return target


def pack_macos(built: Path, dist: Path, version: str) -> Path:
    """A zip of ClusterDesk.app made by ditto, which keeps the symlinks and signatures."""
    target = dist / f"clusterdesk-{version}-{platform_tag()}.zip"
    target.unlink(missing_ok=True)
    cmd = ["ditto", "-c", "-k", "--sequesterRsrc", "--keepParent", str(built), str(target)]
    if subprocess.run(cmd).returncode != 0:
        raise BuildError("ditto could not zip the .app.")
    return target


def read_constraints(path: Path = CONSTRAINTS) -> dict[str, str]:
    """{distribution name (normalized): version} from a pip constraints file of ``name==x``."""
    pins: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        name, sep, version = line.partition("==")
        if not sep or not version.strip():
            raise BuildError(f"{path.name}: {line!r} is not 'name==version'")
        pins[name.strip().lower().replace("_", "-")] = version.strip()
    return pins


def check_constraints(path: Path = CONSTRAINTS) -> int:
    """Refuse to build with libraries other than the pinned ones; returns how many matched."""
    wrong = []
    matched = 0
    for name, version in read_constraints(path).items():
        try:
            installed = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue  # not needed on this platform (e.g. greenlet), so not bundled either
        if installed != version:
            wrong.append(f"{name} {installed} (pinned {version})")
        else:
            matched += 1
    if wrong:
        raise BuildError(f"installed libraries differ from {path.name}: {', '.join(wrong)}; "
                         f'run pip install -e ".[build]" -c {path.relative_to(ROOT)} first.')
    return matched


def build(dist: Path, work: Path) -> Path:
    version = project_version()
    print(f"Libraries as pinned in {CONSTRAINTS.name}: {check_constraints()} checked.")
    dist.mkdir(parents=True, exist_ok=True)
    print(f"Building ClusterDesk {version} for {platform_tag()} with PyInstaller...")
    started = time.monotonic()
    built = freeze(dist, work)
    print(f"Built {built} in {time.monotonic() - started:.0f} s "
          f"({folder_size(built) / 1e6:.0f} MB).")
    print("Smoke test of the built program:")
    smoke_test(built, version)
    pack = {"win32": pack_windows, "darwin": pack_macos}.get(sys.platform, pack_linux)
    target = pack(built, dist, version)
    print(f"Wrote {target} ({target.stat().st_size / 1e6:.0f} MB).")
    return target


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist",
                        help="where the application and the package go (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "installer",
                        help="PyInstaller's work folder (default: build/installer/)")
    args = parser.parse_args(argv)
    try:
        build(args.dist.resolve(), args.work.resolve())
    except BuildError as exc:
        print(f"build_installer: error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
