"""Who is who in the programme: head office's signed list of devices, their keys and roles.

Set up without a network. Head office creates the programme (it becomes the head-office
device) and hands out a small **programme file**: the list of enrolled devices with their
public keys and roles, signed by head office. A consultant imports it once, after comparing
head office's fingerprint by phone. A consultant hands head office a **device card** (its
public keys and name); head office enrols it with a role after comparing the fingerprint shown
on both screens, and the new list travels in every file head office sends and in every central
file, so revocations reach everyone. A newer list is accepted only when signed by the
head-office key already known (or vouched for by it: key rotation), and never an older one.

The list is stored as the signed document itself (``local_state`` key ``programme``).
"""

from __future__ import annotations

import datetime as dt
import json
import uuid as _uuid
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import sqlalchemy as sa

from clusterdesk.errors import ClusterDeskError
from clusterdesk.store.database import Database
from clusterdesk.store.models import LocalState
from clusterdesk.sync import keys as devkeys

ROLES = ("head_office", "consultant", "analyst")
DOC_KIND = "clusterdesk-programme"
CARD_KIND = "clusterdesk-device-card"


def canonical(obj: Any) -> bytes:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(timespec="seconds") + "Z"


@dataclass(frozen=True)
class Device:
    device_id: str
    name: str
    role: str
    sign_public: bytes
    box_public: bytes
    revoked: bool = False
    former_ids: tuple[str, ...] = ()  # ids of the databases this one was copied from

    @property
    def ids(self) -> tuple[str, ...]:
        """Every device id whose changes are this device's (stamps keep the old ids)."""
        return (self.device_id, *self.former_ids)

    @property
    def fingerprint(self) -> str:
        return devkeys.fingerprint(self.sign_public)


@dataclass(frozen=True)
class Programme:
    """A signed device list: ``body`` as signed, ``signature`` by head office."""

    body: dict[str, Any]
    signature: str

    @cached_property
    def devices(self) -> dict[str, Device]:
        return {
            d["device_id"]: Device(
                d["device_id"],
                d.get("name", ""),
                d["role"],
                devkeys.unb64(d["sign_public"]),
                devkeys.unb64(d["box_public"]),
                bool(d.get("revoked")),
                tuple(d.get("former_ids") or ()),
            )
            for d in self.body["devices"]
        }

    def device_of(self, device_id: str) -> Device | None:
        """The device that made changes stamped ``device_id`` (its own or a former id)."""
        found = self.devices.get(device_id)
        if found is None:
            found = next((d for d in self.devices.values() if device_id in d.former_ids), None)
        return found

    @property
    def name(self) -> str:
        return self.body["programme"]

    @property
    def serial(self) -> int:
        return int(self.body["serial"])

    @property
    def head_office(self) -> Device:
        return self.devices[self.body["head_office"]]

    def document(self) -> dict[str, Any]:
        return {"kind": DOC_KIND, "body": self.body, "signature": self.signature}

    def signed_by(self, sign_public: bytes) -> bool:
        return devkeys.verify(sign_public, canonical(self.body), devkeys.unb64(self.signature))


def parse_programme(doc: Any, where: str) -> Programme:
    """A programme document's shape checked (not yet its signature)."""
    try:
        if doc.get("kind") != DOC_KIND:
            raise ValueError("trust.not_programme")
        prog = Programme(doc["body"], doc["signature"])
        _ = prog.devices, prog.name, prog.serial, prog.head_office
        if not all(d.role in ROLES for d in prog.devices.values()):
            raise ValueError("trust.unknown_role")
        if not prog.signed_by(prog.head_office.sign_public) and not _vouched(prog):
            raise ValueError("trust.programme_signature")
        return prog
    except (AttributeError, KeyError, TypeError, ValueError) as exc:
        code = exc.args[0] if isinstance(exc, ValueError) and exc.args and \
            str(exc.args[0]).startswith("trust.") else "trust.not_programme"
        raise ClusterDeskError(code, where=where) from None


def _vouched(prog: Programme) -> bool:
    """A rotated head-office key: the list is signed by the previous key it names."""
    old = prog.body.get("previous_head_office_key")
    return bool(old) and prog.signed_by(devkeys.unb64(old))


def load(db: Database, conn: sa.Connection | None = None) -> Programme | None:
    """The stored device list (``conn``: read inside a session the caller holds)."""
    query = sa.select(LocalState.__table__.c.value).where(
        LocalState.__table__.c.key == "programme")
    if conn is None:
        with db.engine.connect() as own:
            text = own.execute(query).scalar()
    else:
        text = conn.execute(query).scalar()
    return Programme(**{k: v for k, v in json.loads(text).items() if k != "kind"}) if text else None


def _store(db: Database, prog: Programme) -> None:
    with db.session() as s:
        s.merge(LocalState(key="programme", value=json.dumps(prog.document(), ensure_ascii=False)))


def my_keys(db: Database) -> devkeys.DeviceKeys:
    return devkeys.load_or_create(db.device_id)


def _entry(
    device_id: str, name: str, role: str, k: devkeys.DeviceKeys | Device, former: Any = ()
) -> dict[str, Any]:
    return {
        "device_id": device_id,
        "name": name,
        "role": role,
        "sign_public": devkeys.b64(k.sign_public),
        "box_public": devkeys.b64(k.box_public),
        "former_ids": [str(f) for f in former],
        "revoked": False,
        "since": _now(),
    }


def _sign(db: Database, body: dict[str, Any]) -> Programme:
    return Programme(body, devkeys.b64(my_keys(db).sign(canonical(body))))


def create(db: Database, name: str) -> Programme:
    """This database becomes head office of a new programme."""
    if load(db) is not None:
        raise ClusterDeskError("trust.already")
    keys = my_keys(db)
    body = {
        "programme": name,
        "serial": 1,
        "issued_at": _now(),
        "head_office": db.device_id,
        "devices": [
            _entry(db.device_id, db.device_name, "head_office", keys, db.own_device_ids[1:])
        ],
    }
    prog = _sign(db, body)
    _store(db, prog)
    return prog


def _require_head_office(db: Database) -> Programme:
    prog = load(db)
    if prog is None or prog.body["head_office"] != db.device_id:
        raise ClusterDeskError("trust.not_head_office")
    return prog


def _reissue(
    db: Database, prog: Programme, devices: list[dict[str, Any]], **extra: Any
) -> Programme:
    body = {
        **prog.body,
        "serial": prog.serial + 1,
        "issued_at": _now(),
        "devices": devices,
        **extra,
    }
    new = _sign(db, body)
    _store(db, new)
    return new


def device_card(db: Database) -> dict[str, Any]:
    keys = my_keys(db)
    return {
        "kind": CARD_KIND,
        "device_id": db.device_id,
        "name": db.device_name,
        "sign_public": devkeys.b64(keys.sign_public),
        "box_public": devkeys.b64(keys.box_public),
        "fingerprint": keys.fingerprint,
        "former_ids": list(db.own_device_ids[1:]),
    }


MAX_DEVICE_NAME = 200


def _card_fields(dev: Device, card: dict[str, Any]) -> None:
    """ValueError unless the card's fields are what a ClusterDesk writes: the ids uuids, the
    name a short line of text (it goes into the device list every machine shows)."""
    for value in (dev.device_id, *dev.ids):
        if not isinstance(value, str) or str(_uuid.UUID(value)) != value:  # as written here
            raise ValueError("a device id")
    if not isinstance(card.get("former_ids") or [], list):
        raise ValueError("former ids")
    name = dev.name
    if not isinstance(name, str) or len(name) > MAX_DEVICE_NAME or any(
            ord(c) < 32 or 0xD800 <= ord(c) <= 0xDFFF for c in name):
        raise ValueError("name")


def enrol(
    db: Database, card: Any, role: str, fingerprint: str, replaces: str | None = None
) -> Device:
    """Head office adds a device (from its card) after comparing the fingerprint."""
    if role not in ROLES or role == "head_office":
        raise ClusterDeskError("trust.role", role=role)
    prog = _require_head_office(db)
    try:
        if card.get("kind") != CARD_KIND:
            raise ValueError
        dev = Device(
            card["device_id"],
            card.get("name", ""),
            role,
            devkeys.unb64(card["sign_public"]),
            devkeys.unb64(card["box_public"]),
            former_ids=tuple(str(f) for f in card.get("former_ids") or ()),
        )
        _card_fields(dev, card)
    except (AttributeError, KeyError, TypeError, ValueError):
        raise ClusterDeskError("trust.not_card") from None
    if _norm(fingerprint) != _norm(dev.fingerprint):
        raise ClusterDeskError("trust.fingerprint", given=fingerprint, card=dev.fingerprint)
    devices = [d for d in prog.body["devices"] if d["device_id"] != dev.device_id]
    taken = {i for d in devices for i in (d["device_id"], *(d.get("former_ids") or ()))}
    if taken.intersection(dev.ids):
        raise ClusterDeskError("trust.id_taken")
    if replaces:
        for d in devices:
            if d["device_id"] == replaces:
                d["revoked"] = True
                d["replaced_by"] = dev.device_id
    devices.append(_entry(dev.device_id, dev.name, role, dev, dev.former_ids))
    _reissue(db, prog, devices)
    return dev


def revoke(db: Database, device_id: str) -> None:
    prog = _require_head_office(db)
    devices = [dict(d) for d in prog.body["devices"]]
    found = [d for d in devices if d["device_id"] == device_id]
    if not found or device_id == db.device_id:
        raise ClusterDeskError("trust.no_device", device=device_id)
    found[0]["revoked"] = True
    _reissue(db, prog, devices)


def rotate_head_office_key(db: Database) -> Programme:
    """A new head-office key; the list is signed by the old one, which vouches for it."""
    prog = _require_head_office(db)
    old = my_keys(db)
    path = devkeys.keys_dir() / f"{db.device_id}.key"
    path.rename(path.with_name(path.name + ".retired"))
    new = devkeys.load_or_create(db.device_id)
    devices = [dict(d) for d in prog.body["devices"]]
    for d in devices:
        if d["device_id"] == db.device_id:
            d.update(
                sign_public=devkeys.b64(new.sign_public), box_public=devkeys.b64(new.box_public)
            )
    body = {
        **prog.body,
        "serial": prog.serial + 1,
        "issued_at": _now(),
        "devices": devices,
        "previous_head_office_key": devkeys.b64(old.sign_public),
    }
    rotated = Programme(body, devkeys.b64(old.sign(canonical(body))))
    _store(db, rotated)
    return rotated


def _norm(fp: str) -> str:
    return "".join(fp.split()).upper()


def accept(db: Database, doc: Any, where: str, fingerprint: str | None = None) -> bool:
    """Take a programme document (file, or travelling in a sync file): the first one after
    comparing head office's fingerprint, later ones only if newer and signed by the head-office
    key known. Returns True when the stored list changed."""
    new = parse_programme(doc, where)
    old = load(db)
    if old is None:
        if fingerprint is None or _norm(fingerprint) != _norm(new.head_office.fingerprint):
            raise ClusterDeskError("trust.compare_head_office", where=where,
                                   fingerprint=new.head_office.fingerprint)
    else:
        if new.body["head_office"] != old.body["head_office"] or new.name != old.name:
            raise ClusterDeskError("trust.other_programme", where=where)
        known = old.head_office.sign_public
        vouched = new.body.get("previous_head_office_key")
        if not (
            new.signed_by(known)
            or (vouched and devkeys.unb64(vouched) == known and new.signed_by(known))
        ):
            raise ClusterDeskError("trust.unknown_head_office", where=where)
        if new.serial <= old.serial:
            return False  # an older or the same list: nothing to do (no rollback)
    _store(db, new)
    return True


def decides(db: Database, conn: sa.Connection | None = None) -> bool:
    """May this device make head office's decisions (register, reject, evaluate, select)?
    True without a programme (a single database decides for itself); the window hides or
    disables what the role may not do, and other machines refuse it anyway."""
    prog = load(db, conn)
    if prog is None:
        return True
    me = prog.devices.get(db.device_id)
    return me is not None and not me.revoked and me.role == "head_office"


def edits(db: Database, conn: sa.Connection | None = None) -> bool:
    """May this device change records at all? Not an analyst's (it reads everything and
    changes nothing) nor a revoked one's; a device not enrolled yet may (its changes are
    judged by the role head office gives it when its first file arrives)."""
    prog = load(db, conn)
    me = prog.devices.get(db.device_id) if prog else None
    return me is None or (not me.revoked and me.role != "analyst")
