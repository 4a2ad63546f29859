"""Once head office has registered an application, a consultant's laptop changes it no more.

Found by a review: a consultant's device deleted an application head office had selected,
and rewrote the participants of another; head office applied both (only a change of the
status field itself was judged).
"""

from __future__ import annotations

from pathlib import Path

from test_applications_service import FILING_DAY, build, complete
from test_relay_proofs import world  # noqa: F401  (the fixture)
from test_trust import _file

from clusterdesk.services import applications as svc
from clusterdesk.store.models import Application
from clusterdesk.sync import import_file, sync_central


def _application(db, uuid: str) -> Application:  # noqa: ANN001
    with db.session() as s:
        app = s.get(Application, uuid)
        s.expunge(app)
        return app


def test_a_consultant_cannot_delete_or_rewrite_a_selected_application(world, tmp_path: Path  # noqa: F811
                                                                      ) -> None:
    ho, a, _b, central = world
    chosen, drafted = build(ho, to_select=1), build(ho, name="Сүт кластері")
    complete(ho, chosen)
    with ho.session() as s:
        svc.submit(s, chosen, "c", on=FILING_DAY)
        assert not svc.register(s, chosen, "ho", lang="ru")
        svc.record_scores(s, chosen, "Эксперт", {"critical_mass": 18, "competitiveness": 18,
                                                   "cooperation": 12, "strategy": 16,
                                                   "governance": 12, "knowledge": 8})
        svc.mark_evaluated(s, chosen, "ho")
        svc.apply_selection(s, "2017", "ho")
    sync_central(ho, central)
    sync_central(a, central)
    with a.session() as s:   # what a modified program on the signed laptop could write
        s.get(Application, chosen).deleted = True
        s.get(Application, drafted).participants = [{"name": "ТОО «Жаңа»"}]  # still a draft
    summary = import_file(ho, _file(a, tmp_path, "a1"))
    assert any("may not change applications once its status is 'selected'" in r
               for r in summary.refused), summary.refused
    kept = _application(ho, chosen)
    assert not kept.deleted and kept.status.value == "selected"
    assert _application(ho, drafted).participants == [{"name": "ТОО «Жаңа»"}]  # a draft is theirs
