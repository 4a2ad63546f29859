"""The error texts of trust between devices: signed and encrypted sync files refused, and
trust set up from files (programme, device cards, enrolment). Part of
``clusterdesk.errors.MESSAGES`` (context "Error"), kept apart so the catalogue stays readable;
``python -m clusterdesk.gui.translations`` reads this file too. No Qt is imported here.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for pyside6-lupdate (which reads this file)."""
    return text


TRUST_MESSAGES: dict[str, str] = {
    # signed and encrypted sync files (clusterdesk/sync/authenticity.py, sealing.py)
    "sync.not_signed": QT_TRANSLATE_NOOP(
        "Error", "{file} is not signed, and the programme «{programme}» accepts only signed "
                 "files; nothing was imported."),
    "sync.unknown_device": QT_TRANSLATE_NOOP(
        "Error", "{file} comes from {device} (fingerprint {fingerprint}), a device head office "
                 "has not enrolled; nothing was imported."),
    "sync.revoked": QT_TRANSLATE_NOOP(
        "Error", "{file} comes from {device}, a device head office has revoked; nothing was "
                 "imported."),
    "sync.bad_signature": QT_TRANSLATE_NOOP(
        "Error", "{file}: its signature does not verify (it was changed after {device} wrote "
                 "it, or another device made it); nothing was imported."),
    "sync.not_encrypted": QT_TRANSLATE_NOOP(
        "Error", "{file} is not encrypted, and this computer accepts only encrypted files; "
                 "nothing was imported."),
    "sync.not_for_us": QT_TRANSLATE_NOOP(
        "Error", "{file} is encrypted for other computers, not for this one; nothing was "
                 "imported."),
    # trust set up from files (clusterdesk/sync/trust.py, enrolment.py)
    "trust.not_programme": QT_TRANSLATE_NOOP(
        "Error", "{where}: it is not a ClusterDesk programme file; nothing was changed."),
    "trust.unknown_role": QT_TRANSLATE_NOOP(
        "Error", "{where}: a device has an unknown role; nothing was changed."),
    "trust.programme_signature": QT_TRANSLATE_NOOP(
        "Error", "{where}: its signature does not verify; nothing was changed."),
    "trust.already": QT_TRANSLATE_NOOP("Error", "This database already belongs to a programme."),
    "trust.not_head_office": QT_TRANSLATE_NOOP(
        "Error", "Only head office's own database can change the programme's list of devices."),
    "trust.role": QT_TRANSLATE_NOOP(
        "Error", "The role must be one of consultant, analyst; not {role}."),
    "trust.not_card": QT_TRANSLATE_NOOP(
        "Error", "This is not a ClusterDesk device card; nothing was changed."),
    "trust.fingerprint": QT_TRANSLATE_NOOP(
        "Error", "The fingerprint {given} is not the card's ({card}): compare it again with the "
                 "device's screen; nothing was changed."),
    "trust.id_taken": QT_TRANSLATE_NOOP(
        "Error", "The card claims the id of a device already enrolled (as its own or a former "
                 "id); nothing was changed."),
    "trust.no_device": QT_TRANSLATE_NOOP(
        "Error", "No device {device} to revoke in this programme."),
    "trust.compare_head_office": QT_TRANSLATE_NOOP(
        "Error", "{where}: head office's fingerprint is {fingerprint}; compare it with head "
                 "office by phone and give it to accept the programme; nothing was changed."),
    "trust.other_programme": QT_TRANSLATE_NOOP(
        "Error", "{where}: it is the list of another programme or head office; nothing was "
                 "changed."),
    "trust.unknown_head_office": QT_TRANSLATE_NOOP(
        "Error", "{where}: the device list is not signed by the head office this computer "
                 "knows; nothing was changed."),
    "trust.unreadable": QT_TRANSLATE_NOOP(
        "Error", "Cannot read {path}: it is not a ClusterDesk trust file ({detail})."),
    "trust.card_unsigned": QT_TRANSLATE_NOOP(
        "Error", "{file} is not signed by the keys it names; not enrolled."),
    "trust.conflict_not_yours": QT_TRANSLATE_NOOP(
        "Error", "This computer's role may not change {table}, so it may not resolve their "
                 "conflicts either (head office does); nothing was changed."),
}
