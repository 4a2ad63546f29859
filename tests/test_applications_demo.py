"""The demo's 2017 round: 21 applications, 3 rejected for real reasons, the 6 clusters on top."""

from __future__ import annotations

import json

from clusterdesk.cli.main import main
from clusterdesk.services import applications as svc
from clusterdesk.services.demo_applications import enrich_round

SELECTED_2017 = {  # the domain brief's six: region and sector
    ("39", "food"), ("11", "food"), ("35", "construction"), ("19", "tourism"),
    ("75", "furniture"), ("79", "pharma")}  # the pharma cluster is in Shymkent: the city today


def test_demo_round_ranking_json(demo_db, capsys):
    with demo_db.session() as s:
        enrich_round(s)  # no-op when demo.generate already did it
    assert main(["--db", str(demo_db.path), "ranking", "2017", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 21
    by_status: dict[str, list[dict]] = {}
    for r in rows:
        by_status.setdefault(r["status"], []).append(r)
    assert len(by_status["rejected"]) == 3
    assert len(by_status["selected"]) == 6 and len(by_status["not_selected"]) == 12
    selected = [r for r in rows if r["selected"]]
    assert sorted(r["rank"] for r in selected) == [1, 2, 3, 4, 5, 6]
    assert all(r["status"] == "selected" and not r["tie"] for r in selected)
    assert all(r["total"] is not None and r["rank"] > 6 for r in by_status["not_selected"])
    assert min(r["total"] for r in selected) > max(r["total"] for r in by_status["not_selected"])
    reasons = " ".join(p for r in by_status["rejected"] for p in r["problems"])
    assert "не менее 6" in reasons
    assert "не подписал соглашение" in reasons
    assert "нет организации образования или науки" in reasons
    with demo_db.session() as s:
        from clusterdesk.store.models import Initiative

        picked = {(i.region_code, i.sector_key) for i in (
            s.get(Initiative, r["initiative_uuid"]) for r in selected)}
        assert picked == SELECTED_2017
        for r in by_status["rejected"]:  # the check today still finds what was rejected
            assert [p.text for p in svc.check(s, r["uuid"])] == r["problems"]
            assert svc.history(s, r["uuid"])[-1].to_status == "rejected"
        assert all(len(svc.history(s, r["uuid"])) == 5 for r in selected)
        assert {len({sc.evaluator for sc in svc.scores_of(s, r["uuid"])})
                for r in selected} <= {2, 3}
    assert main(["--db", str(demo_db.path), "check", "application", selected[0]["uuid"]]) == 0
    rejected = by_status["rejected"][0]["uuid"]
    assert main(["--db", str(demo_db.path), "check", "application", rejected]) == 1
    assert main(["--db", str(demo_db.path), "ranking", "1999"]) == 2
