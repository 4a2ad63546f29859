"""Designer forms are compiled and current; translations are complete and built."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FORMS = sorted((ROOT / "forms").glob("*.ui"))


def _code_lines(text: str) -> list[str]:
    """Generated code without the header comments (they name the uic version)."""
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize("ui", FORMS, ids=lambda p: p.name)
def test_compiled_form_is_current(ui: Path):
    uic = Path(sys.executable).with_name("pyside6-uic")
    fresh = subprocess.run([str(uic), str(ui)], capture_output=True, text=True, check=True).stdout
    compiled = ROOT / "clusterdesk" / "gui" / "forms" / f"ui_{ui.stem}.py"
    assert compiled.exists(), f"run: pyside6-uic {ui} -o {compiled}"
    assert _code_lines(compiled.read_text(encoding="utf-8")) == _code_lines(fresh), \
        f"{compiled.name} is stale: run pyside6-uic {ui.relative_to(ROOT)} -o {compiled}"


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_every_string_is_translated(lang: str):
    ts = ROOT / "resources" / "translations" / f"clusterdesk_{lang}.ts"
    tree = ET.parse(ts)
    missing = []
    for message in tree.iter("message"):
        translation = message.find("translation")
        source = message.findtext("source")
        forms = [f.text for f in translation.findall("numerusform")] or [translation.text]
        if translation.get("type") in ("unfinished", "obsolete", "vanished") or \
                not all(f and f.strip() for f in forms):
            missing.append(source)
    assert missing == [], f"{len(missing)} untranslated in {ts.name}: {missing[:10]}"


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_compiled_translations_are_built_from_the_sources(lang: str, tmp_path: Path):
    ts = ROOT / "resources" / "translations" / f"clusterdesk_{lang}.ts"
    qm = ts.with_suffix(".qm")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    fresh = tmp_path / qm.name
    subprocess.run([str(lrelease), str(ts), "-qm", str(fresh)], capture_output=True, check=True)
    assert qm.read_bytes() == fresh.read_bytes(), \
        "run: python -m clusterdesk.gui.translations --release-only"


def test_every_tr_string_in_the_code_is_in_the_sources():
    """lupdate was run after the last change of a user-visible string."""
    ts = (ROOT / "resources" / "translations" / "clusterdesk_ru.ts").read_text(encoding="utf-8")
    sources = {ET.fromstring(m).text for m in re.findall(r"<source>.*?</source>", ts, re.S)}
    pattern = re.compile(
        r"""(?:\btr|translate|QT_TRANSLATE_NOOP)\((?:"[A-Za-z]+",\s*)?"((?:[^"\\]|\\.)+)"\)""")
    found = set()
    for path in [ROOT / "clusterdesk" / "errors.py", *(ROOT / "clusterdesk" / "gui").rglob("*.py")]:
        if "forms" in path.parts:
            continue
        code = re.sub(r'"""(?:.|\n)*?"""', "", path.read_text(encoding="utf-8"))  # no docstrings
        for text in pattern.findall(code):
            found.add(text.encode().decode("unicode_escape").encode("latin-1").decode("utf-8"))
    assert found, "no strings found: the pattern is wrong"
    assert sorted(found - sources) == [], "run: python -m clusterdesk.gui.translations"


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_cli_messages_are_built_from_the_sources(lang: str):
    """The CLI (no Qt) prints errors from messages_<lang>.json: current with the .ts file."""
    from clusterdesk.errors import MESSAGES
    from clusterdesk.gui import translations

    built = translations.messages_path(lang).read_text(encoding="utf-8")
    assert built == translations.messages_json(lang), \
        "run: python -m clusterdesk.gui.translations --release-only"
    assert set(MESSAGES) - {"text"} and all(
        source in translations.cli_messages(lang)["Error"] for source in MESSAGES.values()), \
        "an error message is not translated"


def test_qt_fixes_are_built():
    """Qt's Russian file lacks the Qt 6 file-dialog labels; ours fills them in."""
    ts = ROOT / "resources" / "translations" / "qt_extra_ru.ts"
    qm = ts.with_suffix(".qm")
    assert "Look in" in ts.read_text(encoding="utf-8") and qm.exists()
    assert qm.stat().st_mtime >= ts.stat().st_mtime - 1, \
        "run: python -m clusterdesk.gui.translations --release-only"
