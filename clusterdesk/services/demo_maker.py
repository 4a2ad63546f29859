"""The demo's record maker: names, BINs/IINs, phones and ids from one seeded generator.

Every random choice of the demo (``services.demo``) and its bulk additions
(``services.demo_bulk``) comes from one ``Maker``, so the same seed gives the same database.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid

from clusterdesk.domain.bin import make_bin
from clusterdesk.services import demo_names as names


class Maker:
    """Deterministic builder of records: every random choice comes from one seeded generator."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.names: set[str] = set()
        self.bins: set[str] = set()
        self.female: dict[str, bool] = {}  # person's name -> a woman (for IIN sex digits)

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def bin(self, kind: str = "legal", female: bool | None = None) -> str:
        """A BIN of ``kind`` (legal: a resident legal entity's head office; farm: a peasant
        farm's) registered 1992-2015, or a person's IIN (born 1955-1994, sex as given)."""
        r = self.rng
        while True:
            if kind == "person":  # IIN: birth date, century/sex digit (3 man, 4 woman), serial
                born = dt.date(1955, 1, 1) + dt.timedelta(days=r.randrange(0, 365 * 40))
                sex = "4" if (r.random() < 0.45 if female is None else female) else "3"
                head = f"{born:%y%m%d}{sex}{r.randrange(10000):04d}"
            else:
                yymm = f"{r.choice(list(range(92, 100)) + list(range(0, 16))):02d}" \
                       f"{r.randrange(1, 13):02d}"
                head = yymm + ("63" if kind == "farm" else "40") + f"{r.randrange(100000):05d}"
            value = make_bin(head)
            if value and value not in self.bins:
                self.bins.add(value)
                return value

    def person(self) -> str:
        male = self.rng.random() < 0.55
        surname = self.rng.choice(names.SURNAMES)[0 if male else 1]
        name = f"{surname} {self.rng.choice(names.MALE_NAMES if male else names.FEMALE_NAMES)}"
        self.female[name] = not male
        return name

    def phone(self, area: str) -> str:
        """A number in the format of its city: +7, the area code, the rest of 10 digits."""
        digits = str(self.rng.randint(2, 5)) + "".join(
            str(self.rng.randrange(10)) for _ in range(9 - len(area)))
        head, tail = digits[:-4], digits[-4:]
        return f"+7 ({area}) {head}-{tail[:2]}-{tail[2:]}"

    def unique(self, make) -> str:  # noqa: ANN001
        for _ in range(1000):
            name = make()
            if name not in self.names:
                self.names.add(name)
                return name
        raise RuntimeError("demo name space exhausted")

    def enterprise_name(self, words: str) -> tuple[str, str, str]:
        """(name, legal form, language) of an enterprise working in ``words``' trade."""
        r = self.rng
        roll = r.random()
        root, word = r.choice(names.ROOTS), r.choice(names.SECTOR_WORDS[words])
        if roll < 0.45:
            return self.unique(lambda: f"ТОО «{r.choice(names.ROOTS)} {word}»"), "ТОО", "ru"
        if roll < 0.65:
            return self.unique(lambda: f"ЖШС «{r.choice(names.ROOTS)}-{word}»"), "ЖШС", "kk"
        if roll < 0.75:
            return self.unique(lambda: f"АО «{word} {r.choice(names.ROOTS)}»"), "АО", "ru"
        if roll < 0.88:
            return self.unique(lambda: f"ИП «{self.person()}»"), "ИП", "ru"
        if words in ("flour", "milk", "food"):
            return self.unique(lambda: f"КХ «{r.choice(names.ROOTS)}»"), "КХ", "kk"
        return self.unique(lambda: f"ТОО «{root} {r.choice(names.SECTOR_WORDS[words])} Групп»"), \
            "ТОО", "ru"
