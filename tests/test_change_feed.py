"""Another process's commit is heard: SQLite's data_version poll names the tables it wrote
(and not this process's own), PostgreSQL's LISTEN/NOTIFY names its tables and records."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import threading

import pytest

from clusterdesk.store import change_feed, changes
from clusterdesk.store.change_feed import EXTERNAL, PgListener, SqlitePoll
from clusterdesk.store.database import Database
from clusterdesk.store.models import Organization, Trip

WRITER = """
import sys
from clusterdesk.store.database import open_database
from clusterdesk.store.models import Organization
db = open_database(sys.argv[1])
with db.session() as s:
    org = Organization(name=sys.argv[2])
    s.add(org)
    s.flush()
    print(org.uuid)
db.close()
"""


def commit_elsewhere(location: str, name: str) -> str:
    """Another process (another analyst's program) adds an organization; its uuid."""
    done = subprocess.run([sys.executable, "-c", WRITER, location, name], check=True,
                          capture_output=True, text=True, env=dict(os.environ), timeout=120)
    return done.stdout.strip().splitlines()[-1]


def _trip(title: str) -> Trip:
    day = dt.date(2026, 3, 2)
    return Trip(round=1, title=title, region_codes=["390000000"], start_date=day, end_date=day)


def _location(db: Database) -> str:
    return str(db.path) if db.path is not None else \
        db.engine.url.render_as_string(hide_password=False)


def test_sqlite_poll_names_the_tables_another_process_wrote(db):
    poll = SqlitePoll(str(db.path))
    try:
        assert poll.poll() is None  # nothing happened
        commit_elsewhere(str(db.path), "ТОО «Из другого окна»")
        change_set = poll.poll()
        assert change_set is not None and change_set.origin == EXTERNAL
        assert "organizations" in change_set.tables
        assert change_set.may_touch("organizations", "any-uuid")  # which rows: not known
        assert "trips" not in change_set.tables
        assert poll.poll() is None  # told once
    finally:
        poll.close()


def test_sqlite_poll_does_not_repeat_this_process_own_commits(db):
    poll = SqlitePoll(str(db.path))
    try:
        with db.session() as s:  # heard in-process already (store.changes)
            s.add(Organization(name="ТОО «Своё»"))
        with db.session() as s:
            s.add(_trip("Поездка"))
        assert poll.poll() is None
        commit_elsewhere(str(db.path), "ТОО «Чужое»")
        with db.session() as s:  # ours and theirs between two polls: theirs is told
            s.add(_trip("Ещё поездка"))
        change_set = poll.poll()
        assert change_set is not None and change_set.tables == {"organizations"}
    finally:
        poll.close()


def test_postgresql_listener_hears_another_process_commit_with_its_records(pg_db):
    heard: list[changes.ChangeSet] = []
    arrived = threading.Event()

    def listen(change_set: changes.ChangeSet) -> None:
        if change_set.origin == EXTERNAL:
            heard.append(change_set)
            arrived.set()

    cancel = changes.subscribe(listen)
    listener = PgListener(pg_db.engine, pg_db.location)
    try:
        with pg_db.session() as s:  # this process's own commit: not told twice
            s.add(Organization(name="ТОО «Своё»"))
        uuid = commit_elsewhere(_location(pg_db), "ТОО «Другой аналитик»")
        assert arrived.wait(30), "no notification arrived"
    finally:
        listener.close()
        cancel()
    assert len(heard) == 1
    change_set = heard[0]
    assert change_set.database == pg_db.location
    assert "organizations" in change_set.tables
    assert change_set.records["organizations"] == {uuid}
    assert not change_set.may_touch("organizations", "another-uuid")


def test_a_notification_from_this_process_or_garbage_is_ignored():
    own = json.dumps({"p": change_feed.PROCESS, "t": ["trips"]})
    assert change_feed.parse(own, "x") is None
    assert change_feed.parse("not json", "x") is None
    other = change_feed.parse('{"p": "other", "t": ["trips", "organizations"], '
                              '"r": {"trips": ["u1"]}}', "x")
    assert other is not None and other.may_touch("trips", "u1")
    assert not other.may_touch("trips", "u2") and other.may_touch("organizations", "u9")


@pytest.fixture(autouse=True)
def _no_leftover_listener():
    yield
    assert not [t for t in threading.enumerate() if t.name == "clusterdesk-listen"]
