"""How a sync file is protected, decided once per file from the programme this database is in.

No programme (a database without keys: the demo, tests, a laptop not yet set up): files are
written plain, and the manifest says so (``"protection": "none"``). In a programme every file
is signed by this device and encrypted — to head office (and this device), or, for the central
file and for what head office sends, to every member not revoked — and carries head office's
signed device list, so enrolments and revocations reach every machine.
"""

from __future__ import annotations

import os
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from clusterdesk import atomic
from clusterdesk.store.database import Database
from clusterdesk.sync import keys as devkeys
from clusterdesk.sync import sealing, trust


@dataclass
class Guard:
    keys: devkeys.DeviceKeys | None = None
    programme: trust.Programme | None = None
    recipients: dict[str, bytes] = field(default_factory=dict)
    _plain: Path | None = None

    def plain_path(self, tmp: Path) -> Path:
        """Where the archive is written: the final temporary file when it is not encrypted,
        else a private temporary file on this computer (never on the stick)."""
        if not self.recipients:
            return tmp
        import tempfile

        fd, name = tempfile.mkstemp(prefix="clusterdesk-out-", suffix=".zip")
        os.close(fd)
        self._plain = Path(name)
        return self._plain

    def manifest_part(self) -> dict[str, Any]:
        if self.keys is None:
            return {"protection": "none"}
        return {
            "protection": "signed+encrypted" if self.recipients else "signed",
            "signer_fingerprint": self.keys.fingerprint,
            # so head office can enrol this device from its first file (after comparing
            # the fingerprint); the signature is checked against these keys then
            "signer_keys": {
                "sign_public": devkeys.b64(self.keys.sign_public),
                "box_public": devkeys.b64(self.keys.box_public),
            },
            "programme": self.programme.document() if self.programme else None,
        }

    def sign(self, zf: zipfile.ZipFile, manifest: bytes) -> None:
        if self.keys is not None:
            zf.writestr(
                zipfile.ZipInfo(sealing.SIGNATURE, date_time=(1980, 1, 1, 0, 0, 0)),
                sealing.signature_member(self.keys, manifest),
            )

    def seal(self, plain: Path, tmp: Path) -> None:
        if self.recipients and plain != tmp:
            sealing.seal(plain, tmp, self.recipients)
            atomic.discard(plain)

    def discard(self, plain: Path, tmp: Path) -> None:
        if plain != tmp:
            atomic.discard(plain)


def protection(db: Database, *, everyone: bool = False) -> Guard:
    prog = trust.load(db)
    if prog is None:
        return Guard()
    keys = trust.my_keys(db)
    live = {d.device_id: d for d in prog.devices.values() if not d.revoked}
    me = live.get(db.device_id)  # None: not enrolled yet (head office may enrol it from
    # this first signed file) — or revoked, whose files head office will refuse
    if everyone or (me is not None and me.role == "head_office"):
        audience = live
    else:
        audience = {k: v for k, v in live.items() if v.role == "head_office"}
    recipients = {dev: d.box_public for dev, d in audience.items()}
    recipients[db.device_id] = keys.box_public
    return Guard(keys, prog, recipients)
