"""The programme the demo tells, as data: the trips of 2016-2017 by region, the consultants,
the 23 groups with their sectors, regions and fates in the 2017 round, and why three of them
were rejected. ``services.demo`` builds the records from it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

# Regions as they were named in 2016-2017, grouped the way one trip covered them.
TRIP_GROUPS = [
    ("Север", ["11", "71", "59", "39"]),
    ("Центр и Восток", ["35-2022", "55", "63-2022"]),
    ("Юг", ["75", "19-2022", "31"]),
    ("Юг — Шымкент и Кызылорда", ["51", "43"]),
    ("Запад", ["15", "27", "23", "47"]),
]
ROUND_STARTS = {
    1: [dt.date(2016, 7, 11), dt.date(2016, 8, 8), dt.date(2016, 9, 5), dt.date(2016, 9, 26),
        dt.date(2016, 10, 17)],
    2: [dt.date(2016, 11, 14), dt.date(2016, 12, 5), dt.date(2017, 1, 23), dt.date(2017, 2, 6),
        dt.date(2017, 2, 27)],
    3: [dt.date(2017, 3, 13), dt.date(2017, 4, 3), dt.date(2017, 4, 17), dt.date(2017, 5, 2),
        dt.date(2017, 5, 15)],
}
CONSULTANTS = [
    ("Жанна Ахметова", "АО «КИРИ», Центр кластерного развития"),
    ("Ерлан Сейтқазиев", "АО «КИРИ», Центр кластерного развития"),
    ("Айгерім Нұрланқызы", "АО «КИРИ», Центр кластерного развития"),
    ("Дмитрий Ким", "АО «КИРИ», Центр кластерного развития"),
    ("Javier Ortega", "Infyde Ltd"),
    ("Marta Ruiz", "Infyde Ltd"),
]


@dataclass(frozen=True)
class Group:
    """One of the 23 groups: name, sector, words for member names, region, fate, sizes."""

    name: str
    sector: str
    words: str
    region: str
    outcome: str  # selected | not_selected | rejected | not_applied
    members_2017: int
    joined_2018: int = 0
    left_2018: int = 0
    towns: tuple[int, ...] = (0,)  # where its enterprises are: indexes into TOWNS[region]


GROUPS = [
    Group("Мукомольный кластер Костанайской области", "food", "flour", "39", "selected", 11, 7, 2),
    Group("Молочный кластер Акмолинской области", "food", "milk", "11", "selected", 16, 11, 2),
    Group("Строительный кластер Карагандинской области", "construction", "construction",
          "35-2022", "selected", 17, 13, 2),
    Group("Туристский кластер Алматинской области", "tourism", "tourism", "19-2022", "selected",
          30, 31, 3, towns=(1, 2, 3)),  # Talgar, Esik, Kaskelen: Almaty region today
    Group("Мебельный кластер города Алматы", "furniture", "furniture", "75", "selected", 14, 11, 1),
    Group("Фармацевтический кластер Южно-Казахстанской области", "pharma", "pharma", "51",
          "selected", 10, 6, 1),
    Group("Мясной кластер Восточно-Казахстанской области", "food", "food", "63-2022",
          "not_selected", 7, towns=(1,)),  # Semey: Abai region today
    Group("Плодоовощной кластер Алматинской области", "food", "food", "19-2022", "not_selected", 7),
    Group("Рыбный кластер Кызылординской области", "food", "food", "43", "rejected", 5),
    Group("Зерноперерабатывающий кластер Северо-Казахстанской области", "food", "flour", "59",
          "not_selected", 7),
    Group("Птицеводческий кластер Павлодарской области", "food", "food", "55", "not_applied", 5),
    Group("Сахарный кластер Жамбылской области", "food", "food", "31", "not_selected", 6),
    Group("Туристский кластер «Бурабай»", "tourism", "tourism", "11", "not_selected", 8),
    Group("Туристский кластер Мангистауской области", "tourism", "tourism", "47",
          "not_selected", 7),
    Group("Туристский кластер «Катон-Карагай»", "tourism", "tourism", "63-2022", "not_selected", 6),
    Group("Туристский кластер «Туркестан»", "tourism", "tourism", "51", "rejected", 6,
          towns=(1,)),  # Turkestan: Turkistan region today
    Group("Туристский кластер города Астаны", "tourism", "tourism", "71", "not_applied", 5),
    Group("Фармацевтический кластер Карагандинской области", "pharma", "pharma", "35-2022",
          "not_selected", 6),

    Group("Кластер строительных материалов Актюбинской области", "construction", "construction",
          "15", "not_selected", 7),
    Group("Текстильный кластер Южно-Казахстанской области", "light", "light", "51",
          "not_selected", 6),
    Group("Химический кластер Павлодарской области", "chemical", "chemical", "55",
          "not_selected", 6),
    Group("Кластер сельхозмашиностроения Костанайской области", "machinery", "machinery", "39",
          "rejected", 6),
    Group("Лакокрасочный кластер Атырауской области", "paint", "paint", "23", "not_selected", 6),
]
REJECTION_REASONS = {
    "Рыбный кластер Кызылординской области": [
        "Число участников меньше установленного правилами минимума"],
    "Туристский кластер «Туркестан»": [
        "Не представлены подписанные соглашения о сотрудничестве со всеми участниками"],
    "Кластер сельхозмашиностроения Костанайской области": [
        "В составе участников нет организации образования или науки"],
}
