"""The People list: who uses the program, their role and region (``LISTS["people"]``)."""

from __future__ import annotations

from sqlalchemy import func, select

from clusterdesk.domain.text import search_fold
from clusterdesk.services.list_query import Column, ListSpec
from clusterdesk.store.models import Consultant

_COLUMNS = (
    Column("name", "Name", Consultant.name),
    Column("role", "Role", Consultant.role, "enum:PersonRole"),
    Column("region", "Region", Consultant.region_code, "region"),
    Column("organization", "Organization", Consultant.organization),
    Column("phone", "Phone", Consultant.phone),
    Column("email", "E-mail", Consultant.email),
)


def _search(term: str):  # noqa: ANN202
    folded = search_fold(term.strip())
    return func.search_fold(Consultant.name).contains(folded, autoescape=True) \
        if folded else None


PEOPLE = ListSpec(
    "people", Consultant, _COLUMNS,
    lambda: select(Consultant.uuid, *(c.expr for c in _COLUMNS)), "name", _search,
    {"region": lambda v: Consultant.region_code == v,
     "role": lambda v: Consultant.role == v},
)
