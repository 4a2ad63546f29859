"""The programme file head office hands out, as a new laptop's first start reads it.

The file is the signed device list of ``sync.trust`` plus, signed by the same head-office key,
the **people** head office registered (name, organization, region, phone, uuid), so that a
consultant joins the programme and names themselves from one file: ``clusterdesk trust
programme FILE`` writes everyone, ``--person UUID`` a file for one consultant only (their
first start then needs no typing but head office's fingerprint). The people travel outside the
signed device list (``trust.accept`` reads only that), with their own signature: an altered
name or region is refused like an altered device list.

Every refusal is one coded sentence (``programme.*`` in ``clusterdesk.errors``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from clusterdesk.atomic import atomic_write
from clusterdesk.errors import ClusterDeskError
from clusterdesk.services import people as people_svc
from clusterdesk.store.database import Database
from clusterdesk.sync import format as fmt
from clusterdesk.sync import keys as devkeys
from clusterdesk.sync import trust

PERSON_FIELDS = ("uuid", "name", "organization", "region_code", "phone", "role")


@dataclass(frozen=True)
class ProgrammeOffer:
    """A programme file read and checked, not yet joined."""

    file: str
    document: dict[str, Any]
    programme: trust.Programme
    people: list[dict[str, str]] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.programme.name

    @property
    def fingerprint(self) -> str:
        """Head office's fingerprint, to compare with what head office reads out."""
        return self.programme.head_office.fingerprint


def _people_bytes(prog: trust.Programme, people: list[dict[str, str]]) -> bytes:
    return trust.canonical({"programme": prog.name, "head_office": prog.body["head_office"],
                            "people": people})


def document(db: Database, person_uuids: list[str] | None = None) -> dict[str, Any]:
    """The programme file's content: head office's adds every live person (or those
    named); another member's copy carries the device list alone (it cannot sign people)."""
    prog = trust.load(db)
    if prog is None:
        raise ClusterDeskError("programme.none")
    if prog.body["head_office"] != db.device_id:
        if person_uuids:
            raise ClusterDeskError("programme.not_head_office")
        return prog.document()
    with db.session() as s:
        everyone = people_svc.people(s)
        chosen = [p for p in everyone if not person_uuids or p.uuid in person_uuids]
        missing = set(person_uuids or ()) - {p.uuid for p in chosen}
        if missing:
            raise ClusterDeskError("programme.no_person", uuid=", ".join(sorted(missing)))
        people = [{k: str(getattr(p, k) or "") for k in PERSON_FIELDS} for p in chosen]
    signature = devkeys.b64(trust.my_keys(db).sign(_people_bytes(prog, people)))
    return {**prog.document(), "people": people, "people_signature": signature}


def write(db: Database, path: Path, person_uuids: list[str] | None = None) -> int:
    """Write the programme file; returns how many people it carries."""
    doc = document(db, person_uuids)
    with atomic_write(Path(path), "w", encoding="utf-8") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=1)
    return len(doc.get("people") or ())


def read(path: Path) -> ProgrammeOffer:
    """A programme file read and its signatures checked (nothing is stored yet)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
        doc = json.loads(text)
        if fmt.unpaired_in(text, doc):
            raise ValueError(fmt.UNPAIRED)
    except (OSError, UnicodeDecodeError, ValueError):
        raise ClusterDeskError("programme.not_file", file=path.name) from None
    if not isinstance(doc, dict) or doc.get("kind") != trust.DOC_KIND:
        raise ClusterDeskError("programme.not_file", file=path.name)
    try:
        prog = trust.parse_programme(doc, path.name)
    except ClusterDeskError:
        raise ClusterDeskError("programme.tampered", file=path.name) from None
    people = doc.get("people") or []
    if people:
        try:
            ok = all(isinstance(p, dict) and str(p.get("name", "")).strip() for p in people) \
                and devkeys.verify(prog.head_office.sign_public, _people_bytes(prog, people),
                                   devkeys.unb64(doc["people_signature"]))
        except (KeyError, TypeError, ValueError):
            ok = False
        if not ok:
            raise ClusterDeskError("programme.tampered", file=path.name)
    clean = [{k: str(p.get(k) or "") for k in PERSON_FIELDS} for p in people]
    return ProgrammeOffer(path.name, doc, prog, clean)


def join(db: Database, offer: ProgrammeOffer, fingerprint: str) -> None:
    """This computer joins the programme (as ``clusterdesk trust join`` does), once the
    fingerprint typed is head office's; joining the same programme again changes nothing."""
    typed = "".join(fingerprint.split()).upper()
    if typed != "".join(offer.fingerprint.split()).upper():
        raise ClusterDeskError("programme.fingerprint", file=offer.file)
    known = trust.load(db)
    if known is not None and (known.body["head_office"] != offer.programme.body["head_office"]
                              or known.name != offer.name):
        raise ClusterDeskError("programme.other", file=offer.file, programme=known.name)
    trust.accept(db, offer.document, offer.file, fingerprint=offer.fingerprint)
