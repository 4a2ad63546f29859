"""Regions that split: each record's settlement decides today's region, as the rules say."""

import pytest

from clusterdesk.store.refdata import region_text, regions, splits, today_code


@pytest.mark.parametrize("recorded, kato, today", [
    ("51", "511010000", "79"),        # Shymkent: a city of republican significance (2018)
    ("51", "512610000", "61"),        # Turkestan: Turkistan region
    ("51", "", "61"),                 # unknown settlement: the region's main successor
    ("19-2022", "191010000", "33"),   # Taldykorgan: Jetisu (2022)
    ("19-2022", "196220100", "19"),   # Talgar: still Almaty region
    ("63-2022", "632810000", "10"),   # Semey: Abai region (2022)
    ("63-2022", "631010000", "63"),   # Ust-Kamenogorsk: East Kazakhstan
    ("35-2022", "351810000", "62"),   # Zhezkazgan: Ulytau region (2022)
    ("35-2022", "351010000", "35"),   # Karaganda: Karaganda region
    ("39", "391010000", "39"),        # a region that did not change
])
def test_a_records_settlement_decides_todays_region(recorded, kato, today):
    assert today_code(recorded, kato) == today


def test_every_split_names_its_act_and_todays_regions_only():
    refs = regions()
    assert set(splits()) == {"51", "19-2022", "63-2022", "35-2022"}
    for split in splits().values():
        assert split.act and split.ended
        assert all(refs[p.successor].current for p in split.parts)


def test_documents_name_the_region_as_recorded_with_todays_after_it():
    text = region_text("51", "79", "ru", "сегодня: {region}")
    assert text == "Южно-Казахстанская область (сегодня: город Шымкент)"
    assert region_text("39", "39", "en", "today: {region}") == "Kostanay region"


def test_demo_records_of_split_regions_get_todays_region(demo_db):
    from sqlalchemy import select

    from clusterdesk.store.models import Initiative, Organization

    with demo_db.session() as s:
        orgs = s.scalars(select(Organization)).all()
        by_town = {}
        for o in orgs:
            town = o.address.split(",")[0]
            by_town.setdefault(town, set()).add((o.region_recorded_code, o.region_code))
        assert by_town["г. Шымкент"] == {("51", "79")}
        assert by_town["г. Туркестан"] == {("51", "61")}
        assert by_town["г. Талдыкорган"] == {("19-2022", "33")}
        assert by_town["г. Талгар"] == {("19-2022", "19")}
        assert by_town["г. Семей"] == {("63-2022", "10")}
        assert by_town["г. Жезказган"] == {("35-2022", "62")}
        pharma = s.scalars(select(Initiative).where(
            Initiative.name == "Фармацевтический кластер Южно-Казахстанской области")).one()
        assert (pharma.region_recorded_code, pharma.region_code) == ("51", "79")


def test_report_by_todays_region_finds_the_shymkent_pharma_cluster(demo_db, tmp_path):
    from clusterdesk.cli.main import main

    out = tmp_path / "shymkent"
    assert main(["--db", str(demo_db.path), "report", "diagnostics", "--region", "790000000",
                 "--lang", "ru", "-o", str(out)]) == 0
    names = sorted(p.name for p in out.iterdir())
    assert any("Фармацевтический" in n and n.startswith("город_Шымкент") for n in names)


def test_saving_an_organization_keeps_its_settlements_region(demo_db):
    from sqlalchemy import select

    from clusterdesk.services import organizations
    from clusterdesk.store.models import Organization

    with demo_db.session() as s:
        org = s.scalars(select(Organization).where(
            Organization.settlement_kato == "511010000")).first()
        org.region_code = "61"  # as an editor that knows only the recorded region would set it
        organizations.save(s, org)
        assert org.region_code == "79"
