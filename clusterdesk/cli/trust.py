"""`clusterdesk trust …`: device identity, the programme file, device cards, enrolment.

Set up without a network: head office ``trust create`` s the programme and hands out
``trust programme FILE``; a consultant ``trust join FILE --fingerprint …`` (head office's
fingerprint, compared by phone) and hands back ``trust card FILE``; head office
``trust enrol CARD --role consultant --fingerprint …`` (the consultant's, compared by phone) —
a signed sync file from that device serves as its card too. ``trust revoke``, ``trust rotate``
and ``trust require-encryption`` complete the set. See docs/security.md.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from clusterdesk.cli import stdio
from clusterdesk.store.database import open_database


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("trust", help="device keys, the programme file, enrolment of devices")
    tsub = p.add_subparsers(dest="trust_command", metavar="ACTION", required=True)
    s = tsub.add_parser("show", help="this device's id, fingerprint, role and programme")
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=cmd_show)
    s = tsub.add_parser("create", help="head office: start a programme (this device leads it)")
    s.add_argument("name", metavar="NAME")
    s.set_defaults(handler=cmd_create)
    s = tsub.add_parser("programme", help="head office: write the programme file to hand out")
    s.add_argument("file", type=Path, metavar="FILE")
    s.add_argument("--person", action="append", metavar="UUID",
                   help="carry only this person (repeatable): a consultant's own file, so "
                        "their first start names them (default: every person)")
    s.set_defaults(handler=cmd_programme)
    s = tsub.add_parser("join", help="join a programme from its file")
    s.add_argument("file", type=Path, metavar="FILE")
    s.add_argument("--fingerprint", required=True,
                   help="head office's fingerprint, as head office reads it to you")
    s.set_defaults(handler=cmd_join)
    s = tsub.add_parser("card", help="write this device's card for head office")
    s.add_argument("file", type=Path, metavar="FILE")
    s.set_defaults(handler=cmd_card)
    s = tsub.add_parser("enrol", help="head office: enrol a device from its card or first file")
    s.add_argument("file", type=Path, metavar="FILE", help="a device card or a signed .cdsync")
    s.add_argument("--role", required=True, choices=["consultant", "analyst"])
    s.add_argument("--fingerprint", required=True,
                   help="the device's fingerprint, as its user reads it to you")
    s.add_argument("--replaces", metavar="DEVICE", help="a device whose work this one takes over")
    s.set_defaults(handler=cmd_enrol)
    s = tsub.add_parser("revoke", help="head office: revoke a device (its files are refused)")
    s.add_argument("device", metavar="DEVICE")
    s.set_defaults(handler=cmd_revoke)
    s = tsub.add_parser("rotate", help="head office: a new key, vouched for by the old one")
    s.set_defaults(handler=cmd_rotate)
    s = tsub.add_parser("require-encryption", help="refuse files that are not encrypted")
    s.add_argument("state", choices=["on", "off"])
    s.set_defaults(handler=cmd_require)


def _db(args: argparse.Namespace):  # noqa: ANN202
    return open_database(args.db, create=False)


def cmd_show(args: argparse.Namespace) -> int:
    from clusterdesk.sync import enrolment

    db = _db(args)
    try:
        info = enrolment.standing(db).as_json()
    finally:
        db.close()
    if args.json:
        stdio.print_json(info)
        return 0
    print(f"device {info['device_name']} ({info['device_id']})")
    print(f"fingerprint {info['fingerprint']}")
    print(f"programme: {info['programme'] or '— (not set up: files are written unsigned)'}")
    print(f"role: {info['role'] or '— (not enrolled)'}")
    for d in info["devices"]:
        state = " REVOKED" if d["revoked"] else ""
        print(f"  {d['role']:<12} {d['name']:<24} {d['fingerprint']}{state}")
    return 0


def cmd_create(args: argparse.Namespace) -> int:
    from clusterdesk.sync import enrolment

    db = _db(args)
    try:
        prog = enrolment.create_programme(db, args.name)
        print(f"programme «{prog.name}» created; head office's fingerprint "
              f"{prog.head_office.fingerprint}")
    finally:
        db.close()
    return 0


def cmd_programme(args: argparse.Namespace) -> int:
    from clusterdesk.sync import programme_file  # the device list + the people (first start)

    db = _db(args)
    try:
        count = programme_file.write(db, args.file, args.person)
    finally:
        db.close()
    print(f"programme file written to {args.file} ({count} people in it)")
    return 0


def cmd_join(args: argparse.Namespace) -> int:
    from clusterdesk.sync import enrolment, trust

    db = _db(args)
    try:
        prog = enrolment.join(db, args.file, args.fingerprint)
        print(f"joined programme «{prog.name}»; this device's fingerprint "
              f"{trust.my_keys(db).fingerprint} (give head office your card)")
    finally:
        db.close()
    return 0


def cmd_card(args: argparse.Namespace) -> int:
    from clusterdesk.sync import enrolment

    db = _db(args)
    try:
        card = enrolment.write_card(db, args.file)
    finally:
        db.close()
    print(f"device card written to {args.file}; fingerprint {card['fingerprint']}")
    return 0


def cmd_enrol(args: argparse.Namespace) -> int:
    from clusterdesk.sync import enrolment

    db = _db(args)
    try:
        dev = enrolment.enrol_from_file(db, args.file, args.role, args.fingerprint,
                                        replaces=args.replaces)
    finally:
        db.close()
    print(f"{dev.name or dev.device_id} enrolled as {dev.role}; the new device list travels "
          "in every file head office sends (or hand out 'trust programme' again)")
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    from clusterdesk.sync import trust

    db = _db(args)
    try:
        trust.revoke(db, args.device)
    finally:
        db.close()
    print(f"device {args.device} revoked; its files are refused from now on")
    return 0


def cmd_rotate(args: argparse.Namespace) -> int:
    from clusterdesk.sync import trust

    db = _db(args)
    try:
        prog = trust.rotate_head_office_key(db)
    finally:
        db.close()
    print(f"head office's new fingerprint {prog.head_office.fingerprint}")
    return 0


def cmd_require(args: argparse.Namespace) -> int:
    from clusterdesk.sync import authenticity

    db = _db(args)
    try:
        authenticity.set_require_encryption(db, args.state == "on")
    finally:
        db.close()
    print(f"unencrypted files are {'refused' if args.state == 'on' else 'accepted'}")
    return 0
