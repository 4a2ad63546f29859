"""This device's keys: an Ed25519 signing key and an X25519 key others encrypt to.

Kept in the user's data folder (``<data>/ClusterDesk/keys/<device id>.key``, owner-only), never
in the database: a database file copied to another computer becomes a new device there (see
``store/identity``) and finds no key for its new id, so it makes its own — the private key
never travels with the data. Keys come from libsodium (PyNaCl); nothing here is home-made
cryptography. A fingerprint is what two people compare by phone before trusting a key.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from nacl.public import PrivateKey, PublicKey
from nacl.signing import SigningKey, VerifyKey

from clusterdesk.errors import ClusterDeskError


def keys_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path("ClusterDesk", appauthor=False) / "keys"


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text, validate=True)


def fingerprint(sign_public: bytes) -> str:
    """Twenty hex digits in groups of four, e.g. ``3F2A 91C0 7D44 0B1E 55A9``."""
    digest = hashlib.sha256(b"clusterdesk-device-key\n" + sign_public).hexdigest().upper()[:20]
    return " ".join(digest[i : i + 4] for i in range(0, 20, 4))


@dataclass(frozen=True)
class DeviceKeys:
    device_id: str
    signing: SigningKey
    box: PrivateKey

    @property
    def sign_public(self) -> bytes:
        return bytes(self.signing.verify_key)

    @property
    def box_public(self) -> bytes:
        return bytes(self.box.public_key)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.sign_public)

    def sign(self, data: bytes) -> bytes:
        return self.signing.sign(data).signature


def verify(sign_public: bytes, data: bytes, signature: bytes) -> bool:
    from nacl.exceptions import BadSignatureError

    try:
        VerifyKey(sign_public).verify(data, signature)
    except (BadSignatureError, ValueError, TypeError):
        return False
    return True


def box_public_key(raw: bytes) -> PublicKey:
    return PublicKey(raw)


def _path(device_id: str, folder: Path | None) -> Path:
    return (folder or keys_dir()) / f"{device_id}.key"


def load_or_create(device_id: str, folder: Path | None = None) -> DeviceKeys:
    """This device's keys, made on first use (owner-only file in the user's data folder)."""
    path = _path(device_id, folder)
    if path.exists():
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return DeviceKeys(
                device_id, SigningKey(unb64(data["sign"])), PrivateKey(unb64(data["box"]))
            )
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ClusterDeskError(
                f"The key file {path} of this device is damaged ({exc}); "
                "restore it from a backup, or remove it and enrol this "
                "device again."
            ) from exc
    keys = DeviceKeys(device_id, SigningKey.generate(), PrivateKey.generate())
    path.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        path.parent.chmod(0o700)
    body = json.dumps(
        {"device_id": device_id, "sign": b64(bytes(keys.signing)), "box": b64(bytes(keys.box))}
    ).encode("utf-8")
    tmp = path.with_name(path.name + f".{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    try:
        os.write(fd, body)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)
    return keys


def existing(device_id: str, folder: Path | None = None) -> DeviceKeys | None:
    return load_or_create(device_id, folder) if _path(device_id, folder).exists() else None
