"""The domain, storage, services, sync and reports never import Qt; imports go downwards."""

import ast
import pkgutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

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


# ---- the direction of imports between layers ------------------------------------------------
# Each layer may import itself and the layers listed for it; lazy imports inside functions
# count too. "foundation" is the package's own top-level modules (errors, languages, progress,
# atomic, data_files, resources_path): every layer may use them, they use nothing above.
LOW = {"foundation"}
ALLOWED = {
    "foundation": LOW,
    "domain": LOW,
    "store": LOW | {"domain"},
    "services": LOW | {"domain", "store"},
    "sync": LOW | {"domain", "store", "services"},
    "reports": LOW | {"domain", "store"},  # renders what services assemble, handed to it
    "cli": LOW | {"domain", "store", "services", "sync", "reports"},
    "gui": LOW | {"domain", "store", "services", "sync", "reports"},
}
ENTRY_POINTS = {  # starting the program: the one place a lower layer names a higher one
    ("clusterdesk.__main__", "clusterdesk.cli"),
    ("clusterdesk.cli.basic", "clusterdesk.gui.app"),
    ("clusterdesk.cli.main", "clusterdesk.gui.app"),
}


def _layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in ALLOWED else "foundation"


def _imports() -> Iterator[tuple[str, str]]:
    root = Path(clusterdesk.__file__).parent
    for path in root.rglob("*.py"):
        if "/forms/ui_" in path.as_posix() or "migrations/versions" in path.as_posix():
            continue
        parts = list(path.relative_to(root.parent).with_suffix("").parts)
        module = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                targets = [node.module]
            elif isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            else:
                continue
            for target in targets:
                if target == "clusterdesk" or target.startswith("clusterdesk."):
                    yield module, target


def test_layers_import_only_downwards():
    wrong = sorted(
        f"{module} imports {target}" for module, target in _imports()
        if _layer(target) != _layer(module)
        and _layer(target) not in ALLOWED[_layer(module)]
        and not any(module == m and target.startswith(t) for m, t in ENTRY_POINTS))
    assert wrong == [], "imports against the layers:\n" + "\n".join(wrong)


def test_the_layer_check_sees_imports_inside_functions():
    seen = set(_imports())
    assert ("clusterdesk.cli.report", "clusterdesk.reports.diagnostic") in seen  # a lazy one
    assert _layer("clusterdesk.reports.common") == "reports"
    assert _layer("clusterdesk.errors") == "foundation"
    assert "services" not in ALLOWED["reports"] and "gui" not in ALLOWED["cli"]


def _graph() -> dict[str, set[str]]:
    """Module -> the modules of ours it imports (``from pkg import module`` included)."""
    root = Path(clusterdesk.__file__).parent
    paths = {}
    for path in root.rglob("*.py"):
        if "/forms/ui_" in path.as_posix() or "migrations/versions" in path.as_posix():
            continue
        parts = list(path.relative_to(root.parent).with_suffix("").parts)
        paths[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    graph: dict[str, set[str]] = {m: set() for m in paths}
    for module, path in paths.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [f"{node.module}.{a.name}" for a in node.names]
                targets = [n if n in paths else node.module for n in names]
            elif isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            else:
                continue
            graph[module] |= {t for t in targets if t in paths and t != module}
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                out.append(sorted(group))

    sys.setrecursionlimit(10000)
    for v in graph:
        if v not in index:
            visit(v)
    return out


def test_no_import_cycles():
    """A cycle inside ``clusterdesk.sync`` is left to the sync lead for now (see issue 12)."""
    cycles = [c for c in _cycles(_graph())
              if not all(m.startswith("clusterdesk.sync.") for m in c)]
    assert cycles == [], "import cycles: " + "; ".join(" <-> ".join(c) for c in cycles)


def test_the_cycle_check_finds_a_cycle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_no_private_name_is_imported_from_another_module():
    root = Path(clusterdesk.__file__).parent
    wrong = []
    for path in root.rglob("*.py"):
        if "/forms/ui_" in path.as_posix() or "migrations/versions" in path.as_posix():
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("clusterdesk"):
                wrong += [f"{path.relative_to(root)} imports {a.name} from {node.module}"
                          for a in node.names
                          if a.name.startswith("_") and not a.name.startswith("__")]
    assert wrong == [], "\n".join(wrong)


def test_modules_stay_under_400_lines():
    """Past 400 lines a module is split by what it holds (``clusterdesk.sync``: its lead's)."""
    root = Path(clusterdesk.__file__).parent
    long = sorted(f"{p.relative_to(root)} ({n})" for p in root.rglob("*.py")
                  if "/forms/ui_" not in p.as_posix() and "migrations/versions" not in p.as_posix()
                  and p.relative_to(root).parts[0] != "sync"
                  and (n := len(p.read_text(encoding="utf-8").splitlines())) > 400)
    assert long == [], "modules over 400 lines: " + ", ".join(long)
