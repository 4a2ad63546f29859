"""Signed and encrypted sync files: who made a file, and nothing readable on a lost stick.

**Signature.** The writer signs the exact bytes of ``manifest.json`` (which holds the SHA-256 of
every member) with its Ed25519 key; the signature is the member ``signature.json``. Changing
any record, member or manifest field breaks it.

**Encryption** wraps the whole signed archive in libsodium's documented constructions: a fresh
random key per file encrypts the archive with ``crypto_secretstream_xchacha20poly1305`` (an
authenticated stream: a changed, reordered or cut-off chunk fails), and that key is sealed to
each recipient's X25519 public key with ``crypto_box_seal``. The plaintext archive is written
only to this computer's private temporary folder, never next to the encrypted file. Layout::

    CDSEAL1\\n
    {"recipients": {"<device id>": "<sealed key, base64>", ...}, "header": "<base64>"}\\n
    (4-byte big-endian length, ciphertext chunk) ... the last chunk tagged FINAL
"""

from __future__ import annotations

import contextlib
import json
import os
import struct
import tempfile
from collections.abc import Iterator
from pathlib import Path

from nacl import bindings as nb
from nacl.public import PrivateKey, PublicKey, SealedBox

from clusterdesk.errors import ClusterDeskError
from clusterdesk.sync import keys as devkeys

MAGIC = b"CDSEAL1\n"
CHUNK = 1 << 16
MAX_HEADER = 1 << 20
SIGNATURE = "signature.json"


def is_sealed(path: Path) -> bool:
    try:
        with Path(path).open("rb") as fh:
            return fh.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def signature_member(keys: devkeys.DeviceKeys, manifest: bytes) -> bytes:
    return json.dumps(
        {"device_id": keys.device_id, "signature": devkeys.b64(keys.sign(manifest))}
    ).encode("utf-8")


def seal(plain: Path, target: Path, recipients: dict[str, bytes]) -> None:
    """Encrypt ``plain`` into ``target`` for ``recipients`` (device id -> X25519 public)."""
    key = nb.crypto_secretstream_xchacha20poly1305_keygen()
    state = nb.crypto_secretstream_xchacha20poly1305_state()
    header = nb.crypto_secretstream_xchacha20poly1305_init_push(state, key)
    sealed = {
        dev: devkeys.b64(SealedBox(PublicKey(pub)).encrypt(key))
        for dev, pub in sorted(recipients.items())
    }
    with plain.open("rb") as src, target.open("wb") as out:
        out.write(MAGIC)
        out.write(
            json.dumps({"recipients": sealed, "header": devkeys.b64(header)}).encode() + b"\n"
        )
        chunk = src.read(CHUNK)
        while True:
            nxt = src.read(CHUNK)
            tag = (
                nb.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
                if nxt
                else nb.crypto_secretstream_xchacha20poly1305_TAG_FINAL
            )
            cipher = nb.crypto_secretstream_xchacha20poly1305_push(state, chunk, None, tag)
            out.write(struct.pack(">I", len(cipher)) + cipher)
            if not nxt:
                break
            chunk = nxt


def _fail(label: str, why: str) -> ClusterDeskError:
    from clusterdesk.sync.reader import SyncFileError

    return SyncFileError(f"{label}: {why}; nothing was imported.")


def _refuse(code: str, label: str) -> ClusterDeskError:
    from clusterdesk.sync.reader import SyncFileError

    return SyncFileError(code, file=label)


def unseal(path: Path, target: Path, device_id: str, box: PrivateKey | None) -> None:
    """Decrypt ``path`` into ``target`` (a private temporary file) with this device's key."""
    label = path.name
    with path.open("rb") as fh:
        fh.read(len(MAGIC))
        line = fh.readline(MAX_HEADER)
        try:
            head = json.loads(line)
            recipients, header = head["recipients"], devkeys.unb64(head["header"])
        except (ValueError, KeyError, TypeError):
            raise _fail(label, "the encrypted file's header is damaged") from None
        if box is None or device_id not in recipients:
            raise _refuse("sync.not_for_us", label)
        try:
            key = SealedBox(box).decrypt(devkeys.unb64(recipients[device_id]))
        except Exception:  # noqa: BLE001 - nacl raises CryptoError subclasses
            raise _fail(
                label,
                "it cannot be decrypted with this computer's key (it was "
                "encrypted for another key)",
            ) from None
        state = nb.crypto_secretstream_xchacha20poly1305_state()
        nb.crypto_secretstream_xchacha20poly1305_init_pull(state, header, key)
        final = False
        with target.open("wb") as out:
            while True:
                size = fh.read(4)
                if not size:
                    break
                if final or len(size) < 4:
                    raise _fail(label, "the encrypted file has data after its end")
                (n,) = struct.unpack(">I", size)
                if n > CHUNK + 64:
                    raise _fail(label, "the encrypted file is damaged")
                cipher = fh.read(n)
                try:
                    plain, tag = nb.crypto_secretstream_xchacha20poly1305_pull(state, cipher, None)
                except Exception:  # noqa: BLE001
                    raise _refuse("sync.tampered", label) from None
                out.write(plain)
                final = tag == nb.crypto_secretstream_xchacha20poly1305_TAG_FINAL
        if not final:
            raise _fail(label, "the encrypted file is cut short (was it copied completely?)")


@contextlib.contextmanager
def private_temp(suffix: str = ".cdsync") -> Iterator[Path]:
    """A temporary file only this user can read, in the system's temporary folder (not on
    the stick or the shared folder); removed afterwards."""
    fd, name = tempfile.mkstemp(prefix="clusterdesk-", suffix=suffix)
    os.close(fd)
    path = Path(name)
    try:
        yield path
    finally:
        with contextlib.suppress(OSError):
            path.unlink()
