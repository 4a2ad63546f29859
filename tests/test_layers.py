"""The domain, storage, services, sync and reports never import Qt."""

import pkgutil
import subprocess
import sys

import clusterdesk

QT_FREE = ("clusterdesk.domain", "clusterdesk.store", "clusterdesk.services", "clusterdesk.sync",
           "clusterdesk.reports", "clusterdesk.cli")


def test_non_gui_layers_import_without_qt():
    names = [m.name for m in pkgutil.walk_packages(clusterdesk.__path__, "clusterdesk.")
             if m.name.startswith(QT_FREE) and ".migrations" not in m.name
             and not m.name.endswith("__main__")]
    code = ("import importlib, sys\n"
            f"for n in {names!r}: importlib.import_module(n)\n"
            "bad = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
            "print(','.join(bad))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "", f"Qt imported by a non-GUI layer: {result.stdout}"
    assert len(names) > 10


def test_cli_start_up_does_not_load_reportlab_or_alembic():
    code = ("import sys; from clusterdesk.cli.main import build_parser; build_parser(); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('reportlab', 'alembic', 'PySide6')))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "[]"
