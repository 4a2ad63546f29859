"""How alike two organization names are, judged on the words that tell them apart.

«Іле Кирпич» and «Есіл-Кирпич» share «Кирпич» and differ in the only words that matter (two
rivers, two companies); a plain character ratio calls them 86 % alike, as sure-looking as a
real duplicate. Here the words common in names of any company (brick, group, company,
Kazakhstan, trade…) are set aside and the distinctive words are compared; the same phone
number makes a pair likely whatever the names. Every score comes with its reasons, as codes
with parameters that the window words in the user's language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from difflib import SequenceMatcher

from clusterdesk.domain.text import search_fold

# Words found in the names of many unrelated companies (compared folded: Қ as К, І as И).
GENERIC = frozenset(search_fold(w) for w in (
    "кирпич кірпіш кирпичный завод зауыты фабрика комбинат цех групп группа груп group "
    "компания компаниясы company холдинг holding строй строительная строительный құрылыс "
    "стройсервис сервис service трейд trade торговый торговая сауда дом үйі тд агро агрофирма "
    "фирма firm плюс plus центр орталығы center казахстан казахстанский қазақстан kazakhstan "
    "kz инвест invest продукт продукты products производство өндіріс снаб снабжение импекс "
    "азия asia астана алматы нур нұр").split())
PHONE_SCORE = 0.95  # the same phone number: very likely one organization
GENERIC_ONLY_CAP = 0.8  # names made of generic words only are never "sure"

Reason = tuple[str, dict[str, str]]  # (code, parameters)


@dataclass(frozen=True)
class Likeness:
    score: float
    reasons: tuple[Reason, ...] = field(default=())


def _phone(text: str) -> str:
    digits = "".join(ch for ch in text or "" if ch.isdigit())
    if len(digits) == 11 and digits[0] in "78":
        digits = digits[1:]  # +7 / 8 prefix
    return digits if len(digits) >= 6 else ""


def distinctive(words: list[str]) -> list[str]:
    return [w for w in words if search_fold(w) not in GENERIC]


def compare(key_a: str, key_b: str, phone_a: str = "", phone_b: str = "") -> Likeness:
    """``key_*``: names without case, punctuation and legal forms (``merges.name_key``)."""
    words_a, words_b = key_a.split(), key_b.split()
    own_a, own_b = distinctive(words_a), distinctive(words_b)
    reasons: list[Reason] = []
    folded_b = {search_fold(w) for w in words_b}
    shared = [w for w in dict.fromkeys(words_a)
              if search_fold(w) in GENERIC and search_fold(w) in folded_b]
    if search_fold(key_a) == search_fold(key_b):
        score = 1.0
        reasons.append(("same_name", {}))
    elif own_a and own_b:
        fa, fb = search_fold(" ".join(own_a)), search_fold(" ".join(own_b))
        score = SequenceMatcher(None, fa, fb).ratio()
        if fa == fb:
            reasons.append(("same_words", {"words": " ".join(own_a)}))
        else:
            reasons.append(("words_differ", {"a": " ".join(own_a), "b": " ".join(own_b)}))
    else:
        score = min(SequenceMatcher(None, search_fold(key_a), search_fold(key_b)).ratio(),
                    GENERIC_ONLY_CAP)
        reasons.append(("generic_only", {}))
    if shared and reasons[0][0] != "same_name":
        reasons.append(("shared_generic", {"words": " ".join(shared)}))
    pa, pb = _phone(phone_a), _phone(phone_b)
    if pa and pa == pb:
        score = max(score, PHONE_SCORE)
        reasons.append(("same_phone", {"phone": phone_a.strip()}))
    return Likeness(round(score, 3), tuple(reasons))
