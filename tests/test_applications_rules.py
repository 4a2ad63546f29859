"""The formal requirements, one rule kind at a time: a passing and a failing application."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from clusterdesk.domain.app_template import RULE_KINDS, load_template
from clusterdesk.domain.bin import make_bin
from clusterdesk.domain.compliance import (
    CHECKS,
    ApplicationSnapshot,
    AttachmentSnap,
    ParticipantSnap,
    check,
)

TEMPLATE = load_template("application", "2017")


def _bin(n: int) -> str:
    for serial in range(n * 100, n * 100 + 99):
        value = make_bin(f"150340{serial:05d}")
        if value:
            return value
    raise AssertionError("no BIN")


def good() -> ApplicationSnapshot:
    people = [ParticipantSnap(f"ТОО «Құрылыс {i}»", _bin(i), "enterprise", "participant", "39",
                              coordinator=i == 0, agreement_signed=True) for i in range(5)]
    people.append(ParticipantSnap("Костанайский университет", _bin(9), "university",
                                  "education", "39", agreement_signed=True))
    fields = {s.id: {f.id: ("x" if f.kind in ("text", "long_text") else
                            "12" if f.kind == "number" else
                            "01.05.2017" if f.kind == "date" else f.options[0][0])
                     for f in s.fields} for s in TEMPLATE.sections}
    return ApplicationSnapshot(
        region_code="39", round_announced=dt.date(2017, 4, 10),
        round_deadline=dt.date(2017, 6, 8), fields=fields, participants=people,
        attachments={a.id: AttachmentSnap(True, f"{a.id}.pdf") for a in TEMPLATE.attachments},
        filed_on=dt.date(2017, 6, 1),
        region_names={"39": {"ru": "Костанайская область", "kk": "Қостанай облысы",
                             "en": "Kostanay region"},
                      "75": {"ru": "город Алматы", "kk": "Алматы қаласы", "en": "Almaty city"}})


def kinds(snap: ApplicationSnapshot, lang: str = "ru") -> dict[str, list]:
    out: dict[str, list] = {}
    for p in check(TEMPLATE, snap, lang):
        out.setdefault(p.kind, []).append(p)
    return out


def test_a_complete_application_has_no_problems():
    assert check(TEMPLATE, good()) == []


def test_every_rule_kind_has_a_check_and_the_template_uses_them_all():
    assert set(RULE_KINDS) == set(CHECKS)
    assert {r.kind for r in TEMPLATE.rules} == set(RULE_KINDS)


def test_min_participants():
    snap = good()
    snap.participants = snap.participants[:6]
    assert "min_participants" not in kinds(snap)
    snap.participants = snap.participants[:5]
    [problem] = kinds(snap)["min_participants"]
    assert "5" in problem.text and "6" in problem.text
    assert problem.target == "participants"


def test_min_participant_kinds_counts_groups_not_raw_kinds():
    snap = good()
    for p in snap.participants:
        p.kind = "enterprise"
    [problem] = kinds(snap, "en")["min_participant_kinds"]
    assert "1 kind" in problem.text
    snap.participants[-1].kind = "association"
    assert "min_participant_kinds" not in kinds(snap)


def test_requires_member_kind_education_or_research():
    snap = good()
    snap.participants[-1].kind = "research"
    assert "requires_member_kind" not in kinds(snap)
    snap.participants[-1].kind = "association"
    [problem] = kinds(snap, "kk")["requires_member_kind"]
    assert "білім беру немесе ғылым" in problem.text


def test_participants_in_region_names_the_participant_and_accepts_2017_borders():
    snap = good()
    snap.region_code = "61"  # Turkistan today; South Kazakhstan ("51") and Shymkent in 2017
    for p, code in zip(snap.participants, ["51", "79", "61", "51", "51", "75"], strict=True):
        p.region_code = code
    assert "participants_in_region" not in kinds(snap)  # the university (row 6) is exempt
    snap.participants[2].region_code = "75"
    [problem] = kinds(snap)["participants_in_region"]
    assert problem.ref == 3
    assert "№ 3 ТОО «Құрылыс 2»" in problem.text and "город Алматы" in problem.text


def test_signed_agreement_each():
    snap = good()
    snap.participants[1].agreement_signed = False
    [problem] = kinds(snap)["signed_agreement_each"]
    assert problem.ref == 2 and "ТОО «Құрылыс 1»" in problem.text
    snap.participants[1].agreement_signed = True
    assert "signed_agreement_each" not in kinds(snap)


def test_coordinator_present_exactly_one():
    snap = good()
    snap.participants[0].coordinator = False
    assert kinds(snap)["coordinator_present"][0].message == "missing"
    snap.participants[0].coordinator = snap.participants[3].coordinator = True
    [problem] = kinds(snap)["coordinator_present"]
    assert problem.message == "several" and "Құрылыс 3" in problem.text
    snap.participants[3].coordinator = False
    assert "coordinator_present" not in kinds(snap)


@pytest.mark.parametrize(("filed", "check_date", "message"), [
    (dt.date(2017, 4, 10), None, None),
    (dt.date(2017, 6, 8), None, None),
    (dt.date(2017, 6, 9), None, "late"),
    (dt.date(2017, 4, 9), None, "early"),
    (None, dt.date(2017, 5, 1), None),           # a draft before the deadline
    (None, dt.date(2017, 6, 20), "late"),       # a draft after it: too late to file
])
def test_filed_within_round(filed, check_date, message):
    snap = dataclasses.replace(good(), filed_on=filed,
                               check_date=check_date or dt.date(2017, 5, 1))
    found = kinds(snap).get("filed_within_round", [])
    assert [p.message for p in found] == ([message] if message else [])
    if message == "late":
        assert "08.06.2017" in found[0].text


def test_valid_unique_bins():
    snap = good()
    snap.participants[1].bin = snap.participants[1].bin[:-1] + str(
        (int(snap.participants[1].bin[-1]) + 1) % 10)
    snap.participants[2].bin = ""
    snap.participants[4].bin = snap.participants[3].bin
    found = {p.message: p for p in kinds(snap)["valid_unique_bins"]}
    assert set(found) == {"invalid", "missing", "duplicate"}
    assert found["invalid"].ref == 2 and found["missing"].ref == 3
    assert "№ 4" in found["duplicate"].text and found["duplicate"].ref == 5
    assert "valid_unique_bins" not in kinds(good())


def test_required_sections_missing_and_malformed_values():
    snap = good()
    snap.fields["general"]["contact_person"] = "  "
    snap.fields["profile"]["export_share"] = ""  # optional: may stay empty
    snap.fields["profile"]["revenue_total"] = "много"
    snap.fields["cooperation"]["agreement_date"] = "31.02.2017"
    snap.fields["cooperation"]["governance"] = "kolkhoz"
    found = {p.message: p for p in kinds(snap)["required_sections"]}
    assert set(found) == {"missing", "invalid_number", "invalid_date", "invalid_choice"}
    assert found["missing"].ref == "general.contact_person"
    assert "Контактное лицо" in found["missing"].text
    assert "«много»" in found["invalid_number"].text
    snap = good()
    snap.fields["profile"]["revenue_total"] = "1 250,5"
    assert "required_sections" not in kinds(snap)


def test_required_attachments_need_a_file():
    snap = good()
    snap.attachments["akimat_letter"] = AttachmentSnap(False, "")
    snap.attachments["agreement"] = AttachmentSnap(True, " ")
    del snap.attachments["development_plan"]  # optional
    found = {p.ref: p.message for p in kinds(snap)["required_attachments"]}
    assert found == {"akimat_letter": "missing", "agreement": "no_file"}


def test_problems_come_in_the_chosen_language():
    snap = good()
    snap.participants = snap.participants[:2]
    texts = {lang: check(TEMPLATE, snap, lang)[0].text for lang in ("ru", "kk", "en")}
    assert "участников" in texts["ru"]
    assert "Қатысушылар саны" in texts["kk"]
    assert "participants" in texts["en"]
