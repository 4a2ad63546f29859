"""Opening a sync file as this programme demands: decrypted, signature checked, signer known.

Without a programme (no keys: the demo, tests) plain files are read as before. In a programme
a file must be signed by an enrolled, not revoked device, with a signature that verifies over
its manifest (and so over every member's checksum); head office can also demand encryption.
A newer device list signed by head office that travels in the file is taken first, so a
revocation or an enrolment reaches this machine with the file that needs it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import sqlalchemy as sa

from clusterdesk.errors import ClusterDeskError
from clusterdesk.store.database import Database
from clusterdesk.store.models import LocalState
from clusterdesk.sync import keys as devkeys
from clusterdesk.sync import sealing, trust
from clusterdesk.sync.reader import Bundle, SyncFileError
from clusterdesk.sync.roles import Authority


@contextlib.contextmanager
def opened(db: Database, path: Path) -> Iterator[Bundle]:
    """The bundle of ``path``, decrypted into a private temporary file when it is sealed."""
    path = Path(path)
    if not sealing.is_sealed(path):
        with Bundle(path) as bundle:
            bundle.encrypted = False
            yield bundle
        return
    keys = devkeys.existing(db.device_id)
    with sealing.private_temp() as plain:
        sealing.unseal(path, plain, db.device_id, keys.box if keys else None)
        with Bundle(plain) as bundle:
            bundle.label = path.name
            bundle.encrypted = True
            yield bundle


def require_encryption(db: Database) -> bool:
    with db.engine.connect() as conn:
        value = conn.execute(sa.select(LocalState.__table__.c.value).where(
            LocalState.__table__.c.key == "require_encryption")).scalar()
    return value == "1"


def set_require_encryption(db: Database, on: bool) -> None:
    with db.session() as s:
        s.merge(LocalState(key="require_encryption", value="1" if on else "0"))


def _fail(bundle: Bundle, why: str) -> SyncFileError:
    return bundle.fail(why)


def authenticate(db: Database, bundle: Bundle) -> Authority | None:
    """The authority to apply the file with (None: no programme here), or SyncFileError."""
    prog = trust.load(db)
    if prog is None:
        return None
    m = bundle.manifest
    doc = m.get("programme")
    if isinstance(doc, dict):
        try:
            trust.accept(db, doc, bundle.label)
        except ClusterDeskError as exc:
            raise _fail(bundle, f"the device list it carries is refused ({exc})") from None
        prog = trust.load(db) or prog
    sig = bundle.signature()
    name = m["device_name"] or m["device_id"][:8]
    if sig is None:
        raise SyncFileError("sync.not_signed", file=bundle.label, programme=prog.name)
    signer = prog.devices.get(str(sig.get("device_id")))
    if sig.get("device_id") != m["device_id"]:
        raise _fail(bundle, "it is signed by another device than the one it names")
    if signer is None:
        fp = m.get("signer_fingerprint") or "unknown"
        raise SyncFileError("sync.unknown_device", file=bundle.label, device=name,
                            fingerprint=fp)
    if signer.revoked:
        raise SyncFileError("sync.revoked", file=bundle.label, device=signer.name or name)
    try:
        raw = devkeys.unb64(sig["signature"])
    except (KeyError, TypeError, ValueError):
        raw = b""
    if not devkeys.verify(signer.sign_public, bundle.manifest_bytes, raw):
        raise SyncFileError("sync.bad_signature", file=bundle.label,
                            device=signer.name or name)
    if not bundle.encrypted and require_encryption(db):
        raise SyncFileError("sync.not_encrypted", file=bundle.label)
    return Authority(prog, signer)
