"""The English catalogue: plural forms only, so English reads "1 record", "30 records".

The code's texts are English with ``(s)`` where the count decides ("%n record(s)"); Russian
and Kazakh translate them with their own numerus forms, and without a catalogue English would
print the ``(s)``. ``clusterdesk_en.ts`` holds only the numerus messages (lupdate
``-pluralonly``) and is filled here by rule: ``(s)`` dropped for one, ``s`` for many.
Run by ``python -m clusterdesk.gui.translations``; nobody edits the file by hand.
"""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "clusterdesk_en.ts"
QM = TS.with_suffix(".qm")


# Where the rule is not enough (the verb agrees with the count): the singular by hand.
SINGULAR = {
    "%n record(s) held back: this computer's clock is behind the changes this database "
    "already holds. They are kept, not applied; set this computer's date and time, and the "
    "next import applies them.":
    "%n record held back: this computer's clock is behind the changes this database already "
    "holds. It is kept, not applied; set this computer's date and time, and the next import "
    "applies it.",
    "%n record(s) refused: as many records of the device that made them are held back here as "
    "are kept. Discard those that will never apply (Held back) and sync again.":
    "%n record refused: as many records of the device that made it are held back here as are "
    "kept. Discard those that will never apply (Held back) and sync again.",
    "%n record(s) held earlier dropped: the computer that made them dated them again.":
    "%n record held earlier dropped: the computer that made it dated it again.",
    "Discard %n held record(s)? This computer will not apply them, even once it could. The "
    "computer that sent them still has them and may send them again.":
    "Discard %n held record? This computer will not apply it, even once it could. The "
    "computer that sent it still has it and may send it again.",
    "%n change(s) made on this computer are dated up to %1, later than its clock reads now "
    "(%2); other computers hold them back until then. If the clock is right now, it was far "
    "ahead when they were made: date them again. If it is not, set this computer's date and "
    "time.":
    "%n change made on this computer is dated up to %1, later than its clock reads now (%2); "
    "other computers hold it back until then. If the clock is right now, it was far ahead "
    "when it was made: date it again. If it is not, set this computer's date and time.",
    "This computer's clock reads %1. Is that the right date and time?\n\nIf it is, %n "
    "change(s) dated up to %2 are dated again now and go out with the next export or sync. If "
    "it is not, answer No and set the clock first.":
    "This computer's clock reads %1. Is that the right date and time?\n\nIf it is, %n "
    "change dated up to %2 is dated again now and goes out with the next export or sync. If "
    "it is not, answer No and set the clock first.",
    "%n change(s) made on this computer have not been exported for more than a day. Close "
    "anyway? (Sync → Export or Sync with a central file sends them.)":
    "%n change made on this computer has not been exported for more than a day. Close "
    "anyway? (Sync → Export or Sync with a central file sends it.)",
    "%n record(s) received are held back, kept aside until they can be applied.":
    "%n record received is held back, kept aside until it can be applied.",
    "%n change(s) refused: the device that made them may not make them, or the proof of who "
    "made them does not hold.":
    "%n change refused: the device that made it may not make it, or the proof of who made it "
    "does not hold.",
    "%n merge(s) of duplicate organizations not applied: the merge rule refuses them.":
    "%n merge of duplicate organizations not applied: the merge rule refuses it.",
    "%n record(s) held back: stamped too far ahead of this computer's clock. They are kept, "
    "not applied; correct that computer's clock, date its changes again there (Sync view) "
    "and sync again.":
    "%n record held back: stamped too far ahead of this computer's clock. It is kept, not "
    "applied; correct that computer's clock, date its changes again there (Sync view) and "
    "sync again.",
    "%n conflict(s) held back: signed by a device this computer's device list does not hold "
    "yet. They are kept, not applied; take the current programme file and sync again.":
    "%n conflict held back: signed by a device this computer's device list does not hold "
    "yet. It is kept, not applied; take the current programme file and sync again.",
}


def forms(source: str) -> tuple[str, str]:
    """("%n record", "%n records") for "%n record(s)"."""
    return SINGULAR.get(source, source.replace("(s)", "")), source.replace("(s)", "s")


def fill(path: Path = TS) -> int:
    """Write both forms into every numerus message; returns how many."""
    tree = ET.parse(path)
    count = 0
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        translation.text = None
        for text in forms(message.findtext("source") or ""):
            ET.SubElement(translation, "numerusform").text = text
        count += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return count


def update(sources: Iterable[Path], tool: Callable[[str], str]) -> None:
    subprocess.run([tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none",
                    "-pluralonly", "-target-language", "en", *map(str, sources),
                    "-ts", str(TS)], check=True)
    fill()


def release(tool: Callable[[str], str]) -> None:
    if TS.exists():
        subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(QM)], check=True)
