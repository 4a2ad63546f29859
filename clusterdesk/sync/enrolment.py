"""Trust set up from files: the programme file, device cards, enrolment from a card or from a
device's first signed sync file, and what this device's standing is.

One set of operations for ``clusterdesk trust …`` and the window's Devices and keys page, so
that neither holds a rule of its own: the checks live in ``trust`` (fingerprints, roles, who
may change the list) and ``authenticity`` (signatures of sync files). Files are written with
the one atomic writer. See docs/security.md.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from clusterdesk.atomic import atomic_write
from clusterdesk.errors import ClusterDeskError
from clusterdesk.store.database import Database
from clusterdesk.sync import authenticity, programme_file, sealing, trust
from clusterdesk.sync import format as fmt
from clusterdesk.sync import keys as devkeys

CARD_SUFFIX = ".cdcard"
PROGRAMME_SUFFIX = ".cdprogramme"


@dataclass(frozen=True)
class Standing:
    """This device in its programme, as ``trust show`` and the window show it."""

    device_id: str
    device_name: str
    fingerprint: str
    programme: str | None          # None: not in a programme (files are written unsigned)
    role: str | None               # None: joined but not enrolled yet (or no programme)
    revoked: bool
    head_office: bool              # this device leads the programme
    head_office_fingerprint: str
    require_encryption: bool
    devices: tuple[trust.Device, ...]
    since: dict[str, str]          # device id -> when it was enrolled (UTC, ISO)

    @property
    def decides(self) -> bool:
        return self.programme is None or (self.head_office and not self.revoked)

    @property
    def edits(self) -> bool:
        return self.role is None or (not self.revoked and self.role != "analyst")

    def as_json(self) -> dict[str, Any]:
        return {"device_id": self.device_id, "device_name": self.device_name,
                "fingerprint": self.fingerprint, "programme": self.programme,
                "role": self.role, "revoked": self.revoked,
                "devices": [{"device_id": d.device_id, "name": d.name, "role": d.role,
                             "fingerprint": d.fingerprint, "revoked": d.revoked,
                             "since": self.since.get(d.device_id, "")}
                            for d in self.devices]}


def standing(db: Database) -> Standing:
    keys = trust.my_keys(db)
    prog = trust.load(db)
    me = prog.devices.get(db.device_id) if prog else None
    since = {d["device_id"]: str(d.get("since") or "") for d in prog.body["devices"]} \
        if prog else {}
    return Standing(
        device_id=db.device_id, device_name=db.device_name, fingerprint=keys.fingerprint,
        programme=prog.name if prog else None, role=me.role if me else None,
        revoked=bool(me and me.revoked),
        head_office=bool(prog and prog.body["head_office"] == db.device_id),
        head_office_fingerprint=prog.head_office.fingerprint if prog else "",
        require_encryption=authenticity.require_encryption(db),
        devices=tuple(prog.devices.values()) if prog else (), since=since)


def _write_json(path: Path, obj: object) -> None:
    with atomic_write(Path(path), "w", encoding="utf-8") as fh:
        json.dump(obj, fh, ensure_ascii=False, indent=1)


def read_json(path: Path) -> Any:
    try:
        text = Path(path).read_text(encoding="utf-8")
        value = json.loads(text)
        if fmt.unpaired_in(text, value):
            raise ValueError(f"it {fmt.UNPAIRED}")
        return value
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise ClusterDeskError("trust.unreadable", path=str(path), detail=str(exc)) from exc


def create_programme(db: Database, name: str) -> trust.Programme:
    """This database becomes head office of a new programme; unencrypted files are refused."""
    prog = trust.create(db, name.strip())
    authenticity.set_require_encryption(db, True)
    return prog


def write_programme_file(db: Database, path: Path) -> int:
    """The programme file to hand out (``programme_file``: the signed device list and the
    people head office registered); returns how many people it carries."""
    return programme_file.write(db, Path(path))


def read_programme_file(path: Path) -> programme_file.ProgrammeOffer:
    """A programme file checked (shape and head office's signatures), not yet joined: its
    head office's fingerprint is what the user compares by phone before joining."""
    return programme_file.read(Path(path))


def join(db: Database, path: Path, fingerprint: str) -> trust.Programme:
    """Take the programme file after the user compared head office's fingerprint (or a newer
    list of the programme already joined)."""
    programme_file.join(db, programme_file.read(Path(path)), fingerprint)
    return trust.load(db)  # type: ignore[return-value]


def write_card(db: Database, path: Path) -> dict[str, Any]:
    card = trust.device_card(db)
    _write_json(path, card)
    return card


def read_card(db: Database, path: Path) -> dict[str, Any]:
    """A device card, or the card a signed sync file carries (its signature checked against
    the keys it names: enrolment from a device's first file)."""
    path = Path(path)
    if not (sealing.is_sealed(path) or path.suffix == ".cdsync"):
        card = read_json(path)
        if not isinstance(card, dict) or card.get("kind") != trust.CARD_KIND:
            raise ClusterDeskError("trust.not_card")
        return card
    with authenticity.opened(db, path) as bundle:
        m = bundle.manifest
        keys, sig = m.get("signer_keys") or {}, bundle.signature() or {}
        try:
            ok = devkeys.verify(devkeys.unb64(keys["sign_public"]), bundle.manifest_bytes,
                                devkeys.unb64(sig["signature"]))
        except (KeyError, TypeError, ValueError):
            ok = False
        if not ok:
            raise ClusterDeskError("trust.card_unsigned", file=path.name)
        return {"kind": trust.CARD_KIND, "device_id": m["device_id"], "name": m["device_name"],
                "sign_public": keys["sign_public"], "box_public": keys["box_public"]}


def card_fingerprint(card: dict[str, Any]) -> str:
    """The fingerprint of the keys a card names (computed, never taken from the card's text)."""
    try:
        return devkeys.fingerprint(devkeys.unb64(card["sign_public"]))
    except (KeyError, TypeError, ValueError):
        raise ClusterDeskError("trust.not_card") from None


def enrol_from_file(db: Database, path: Path, role: str, fingerprint: str,
                    replaces: str | None = None) -> trust.Device:
    return trust.enrol(db, read_card(db, path), role, fingerprint, replaces=replaces)
