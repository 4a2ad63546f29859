"""Developer tool: refresh the .ts sources from the code and forms, and build the .qm files.

``python -m clusterdesk.gui.translations`` runs pyside6-lupdate over every GUI module,
``forms/*.ui`` and ``clusterdesk/errors.py`` (the error catalogue), keeping existing
translations, then pyside6-lrelease into resources/ and writes ``messages_<lang>.json``: the
error and field texts for the CLI, which loads no Qt.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from clusterdesk.error_texts import CATALOGUES
from clusterdesk.gui import plurals
from clusterdesk.languages import TRANSLATED

ROOT = Path(__file__).resolve().parents[2]
LANGS = TRANSLATED
CLI_CONTEXTS = ("Error", "Field")  # what the CLI can print


def sources() -> list[Path]:
    gui = ROOT / "clusterdesk" / "gui"
    files = [p for p in sorted(gui.rglob("*.py")) if "forms" not in p.parts]
    catalogue = [ROOT / "clusterdesk" / name for name in ("errors.py", *CATALOGUES)]
    return [*catalogue, *files, *sorted((ROOT / "forms").glob("*.ui"))]


def ts_path(lang: str) -> Path:
    return ROOT / "resources" / "translations" / f"clusterdesk_{lang}.ts"


def qm_path(lang: str) -> Path:
    return ts_path(lang).with_suffix(".qm")


def messages_path(lang: str) -> Path:
    return ts_path(lang).with_name(f"messages_{lang}.json")


def cli_messages(lang: str) -> dict[str, dict[str, str]]:
    """{context: {source: translation}} of the contexts the CLI prints, finished ones only."""
    out: dict[str, dict[str, str]] = {}
    for context in ET.parse(ts_path(lang)).iter("context"):
        name = context.findtext("name")
        if name not in CLI_CONTEXTS:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") or not translation.text:
                continue
            out.setdefault(name, {})[message.findtext("source")] = translation.text
    return out


def messages_json(lang: str) -> str:
    return json.dumps(cli_messages(lang), ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def update() -> None:
    for lang in LANGS:
        subprocess.run([tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none",
                        *map(str, sources()), "-ts", str(ts_path(lang))], check=True)
    plurals.update(sources(), tool)  # English: plural forms only


def qt_extra_path(lang: str) -> Path:
    """Qt's own strings missing from the qtbase translation PySide6 ships (edited by hand)."""
    return ts_path(lang).with_name(f"qt_extra_{lang}.ts")


def release() -> None:
    for lang in LANGS:
        subprocess.run([tool("pyside6-lrelease"), str(ts_path(lang)), "-qm", str(qm_path(lang))],
                       check=True)
        messages_path(lang).write_text(messages_json(lang), encoding="utf-8")
        extra = qt_extra_path(lang)
        if extra.exists():
            subprocess.run([tool("pyside6-lrelease"), str(extra), "-qm",
                            str(extra.with_suffix(".qm"))], check=True)
    plurals.release(tool)


if __name__ == "__main__":
    if "--release-only" not in sys.argv:
        update()
    release()
