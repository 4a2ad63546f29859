"""Every key of a sync file's manifest checked for its type and its allowed values.

``reader.Bundle`` calls these once the manifest is parsed and known not to come from a newer
ClusterDesk (a newer one may write other keys: it is told to update instead). Each function
returns why the manifest is refused, as one technical sentence naming the key, or None.

Keys every ClusterDesk has written (``clusterdesk/sync/export.py`` since the first sync
format): the ones in ``REQUIRED``. Added later, so optional: ``withdrawn`` (re-dating),
``protection``, ``signer_fingerprint``, ``signer_keys`` and ``programme`` (signed files; a
file written before them is plain). Any other key is refused: nothing would check it.
"""

from __future__ import annotations

import json
import re
from typing import Any

from clusterdesk.errors import ClusterDeskError
from clusterdesk.sync import format as fmt
from clusterdesk.sync import keys as devkeys
from clusterdesk.sync import trust
from clusterdesk.sync.records import RecordError, check_uuid

REQUIRED = frozenset({
    "format", "format_version", "app_version", "schema_version", "form_versions",
    "device_id", "device_name", "host", "consultant", "created_at", "bundle_id", "scope",
    "recipient", "tables", "counts", "members",
})
SIGNED_KEYS = frozenset({"signer_fingerprint", "signer_keys", "programme"})
OPTIONAL = frozenset({"withdrawn", "protection"}) | SIGNED_KEYS
PROTECTIONS = ("none", "signed", "signed+encrypted")
SCOPES = ("changes", "all")
MEMBER_KEYS = frozenset({"sha256", "size", "records"})

MAX_VERSION_TEXT = 64
MAX_DEVICE_NAME = 200   # sync_log.peer_device_name
MAX_TEXT = 1000         # host, recipient (sync_peers.key), consultant's name, form ids

_VERSION = re.compile(r"[0-9][0-9A-Za-z.+!_-]*")  # "0.1.0", "1.2.0rc1", "0.1.dev3+g1a2b"
_CREATED = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z?")  # parsed already
_SHA256 = re.compile(r"[0-9a-f]{64}")
_FINGERPRINT = re.compile(r"[0-9A-F]{4}( [0-9A-F]{4}){4}")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _text(value: Any, limit: int, *, empty: bool = True) -> str | None:
    """Why ``value`` is not a line of text of at most ``limit`` characters (None: it is)."""
    if not isinstance(value, str):
        return f"is {_kind(value)}, not text"
    if not empty and not value:
        return "is empty"
    if len(value) > limit:
        return f"is {len(value):,} characters long, more than {limit:,}"
    if _CONTROL.search(value):
        return "holds a control character"
    return None


def show(value: Any, limit: int = 80) -> str:
    """A value from a file, for a message: strings quoted, JSON otherwise, cut to ``limit``."""
    text = repr(value) if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    names = {int: "a number", float: "a number", str: "text", list: "a list",
             dict: "an object"}
    return names.get(type(value), type(value).__name__)


def _count(value: Any) -> bool:
    return type(value) is int and value >= 0


def keys_problem(manifest: dict[str, Any]) -> str | None:
    """A required key missing, or a key no ClusterDesk writes."""
    for key in sorted(REQUIRED - set(manifest)):
        return f"manifest.json has no {show(key)}"
    for key in sorted(set(manifest) - REQUIRED - OPTIONAL):
        return f"manifest.json has a key {show(key)} that no ClusterDesk writes"
    if manifest["format_version"] == 1:  # signing and re-dating came with format 2
        for key in sorted(OPTIONAL & set(manifest)):
            return f"manifest.json: format_version is 1, but sync format 1 has no {show(key)}"
    return None


def fields_problem(m: dict[str, Any]) -> str | None:
    """The keys of the manifest that are not about members, tables or counts."""
    if (why := _text(m["app_version"], MAX_VERSION_TEXT, empty=False)) or not \
            _VERSION.fullmatch(m["app_version"]):
        return f"manifest.json: app_version {why or 'is not a version number'}"
    for key, limit in (("device_name", MAX_DEVICE_NAME), ("host", MAX_TEXT),
                       ("recipient", MAX_TEXT)):
        if why := _text(m[key], limit):
            return f"manifest.json: {key} {why}"
    if not _CREATED.fullmatch(m["created_at"]):
        return (f"manifest.json: created_at {show(m['created_at'])} is not a UTC date and time "
                "as ClusterDesk writes it (YYYY-MM-DDTHH:MM:SSZ)")
    if not isinstance(m["scope"], str) or m["scope"] not in SCOPES:
        return f"manifest.json: scope is {show(m['scope'])}, not 'changes' or 'all'"
    if m["scope"] == "all" and m["recipient"] != "":
        return "manifest.json: recipient must be empty when scope is 'all'"
    return _consultant(m["consultant"]) or _form_versions(m["form_versions"])


def _consultant(value: Any) -> str | None:
    if not isinstance(value, dict) or set(value) != {"uuid", "name"}:
        return "manifest.json: consultant is not an object of exactly 'uuid' and 'name'"
    if why := _text(value["name"], MAX_TEXT):
        return f"manifest.json: consultant's name {why}"
    if value["uuid"] != "":
        try:
            check_uuid(value["uuid"], "consultant's uuid")
        except RecordError as exc:
            return f"manifest.json: {exc} (nor empty)"
    return None


def _form_versions(value: Any) -> str | None:
    if not isinstance(value, dict):
        return f"manifest.json: form_versions is {_kind(value)}, not an object of form ids"
    for form, versions in value.items():
        if why := _text(form, MAX_TEXT, empty=False):
            return f"manifest.json: a form id in form_versions {why}"
        if not isinstance(versions, list) or any(
                _text(v, MAX_VERSION_TEXT) for v in versions):
            return (f"manifest.json: form_versions of {show(form)} is not a list of version "
                    "texts")
    return None


def protection_problem(m: dict[str, Any], signed: bool) -> str | None:
    """``protection`` and the signer's keys against what the file is (``signed``: it has a
    signature member). A file written before signing existed has none of these keys."""
    protection = m.get("protection", "none")
    if not isinstance(protection, str) or protection not in PROTECTIONS:
        return (f"manifest.json: protection is {show(protection)}, not one of "
                f"{', '.join(PROTECTIONS)}")
    if protection == "none":
        if signed:
            return "manifest.json: protection says 'none' but the file carries a signature"
        for key in sorted(SIGNED_KEYS & set(m)):
            return f"manifest.json: {key} is given although protection is 'none'"
        return None
    if not signed:
        return f"manifest.json: protection says {show(protection)} but the file is not signed"
    for key in sorted(SIGNED_KEYS - set(m)):
        return f"manifest.json: a signed file's manifest has no {show(key)}"
    if m["programme"] is not None:
        try:
            trust.parse_programme(m["programme"], "manifest.json")
        except ClusterDeskError:
            return ("manifest.json: programme is neither null nor a device list signed by its "
                    "head office")
    keys = m["signer_keys"]
    if not isinstance(keys, dict) or set(keys) != {"sign_public", "box_public"}:
        return ("manifest.json: signer_keys is not an object of exactly 'sign_public' and "
                "'box_public'")
    raw = {}
    for name in ("sign_public", "box_public"):
        try:
            raw[name] = devkeys.unb64(keys[name]) if isinstance(keys[name], str) else b""
        except ValueError:
            raw[name] = b""
        if len(raw[name]) != 32:
            return f"manifest.json: signer_keys' {name} is not a base64 key of 32 bytes"
    fp = m["signer_fingerprint"]
    if not isinstance(fp, str) or not _FINGERPRINT.fullmatch(fp):
        return "manifest.json: signer_fingerprint is not five groups of four hex digits"
    if fp != devkeys.fingerprint(raw["sign_public"]):
        return "manifest.json: signer_fingerprint is not the fingerprint of signer_keys"
    return None


def member_problem(name: str, meta: Any) -> str | None:
    """A ``members`` entry: exactly its keys, each of its type and range. (Its ``size`` is
    checked against the member's bytes when the member is read; its ``records`` is not
    compared: ``counts`` is the record count checked against the member's lines.)"""
    if not isinstance(meta, dict):
        return f"the manifest's entry for {show(name)} is {_kind(meta)}, not an object"
    for key in sorted(MEMBER_KEYS - set(meta)):
        if key == "sha256":
            return f"the manifest has no checksum (sha256) for {show(name)}"
        return f"the manifest's entry for {show(name)} has no {show(key)}"
    for key in sorted(set(meta) - MEMBER_KEYS):
        return f"the manifest's entry for {show(name)} has a key {show(key)} no ClusterDesk writes"
    if not isinstance(meta["sha256"], str) or not _SHA256.fullmatch(meta["sha256"]):
        return (f"the manifest's checksum (sha256) for {show(name)} is not 64 lower-case hex "
                "digits")
    if not _count(meta["size"]) or meta["size"] > fmt.MAX_MEMBER_BYTES:
        return (f"the manifest's size of {show(name)} is {show(meta['size'])}, not a number "
                f"of bytes from 0 to {fmt.MAX_MEMBER_BYTES:,}")
    if not _count(meta["records"]) or meta["records"] > meta["size"]:
        return (f"the manifest's records of {show(name)} is {show(meta['records'])}, not a whole "
                "number from 0 to its size in bytes")
    return None
