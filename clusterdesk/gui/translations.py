"""Developer tool: refresh the .ts sources from the code and forms, and build the .qm files.

``python -m clusterdesk.gui.translations`` runs pyside6-lupdate over every GUI module and
``forms/*.ui`` (keeping existing translations), then pyside6-lrelease into resources/.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LANGS = ("ru", "kk")


def sources() -> list[Path]:
    gui = ROOT / "clusterdesk" / "gui"
    files = [p for p in sorted(gui.rglob("*.py")) if "forms" not in p.parts]
    return files + sorted((ROOT / "forms").glob("*.ui"))


def ts_path(lang: str) -> Path:
    return ROOT / "resources" / "translations" / f"clusterdesk_{lang}.ts"


def qm_path(lang: str) -> Path:
    return ts_path(lang).with_suffix(".qm")


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def update() -> None:
    for lang in LANGS:
        subprocess.run([tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none",
                        *map(str, sources()), "-ts", str(ts_path(lang))], check=True)


def release() -> None:
    for lang in LANGS:
        subprocess.run([tool("pyside6-lrelease"), str(ts_path(lang)), "-qm", str(qm_path(lang))],
                       check=True)


if __name__ == "__main__":
    if "--release-only" not in sys.argv:
        update()
    release()
