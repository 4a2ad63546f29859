"""One of each: one TOML reader, one atomic writer, one list of languages, one progress type.

The foundation modules hold them (``data_files``, ``atomic``, ``languages``, ``progress``);
a second copy anywhere else fails here. ``clusterdesk/sync`` is left to its own lead for now
(its remaining copies are listed in the report of issue 12) and is not scanned.
"""

import ast
from pathlib import Path

import clusterdesk

ROOT = Path(clusterdesk.__file__).parent
HOMES = {"tomllib": "data_files.py", "os.replace": "atomic.py", "mkstemp": "atomic.py",
         "languages": "languages.py", "progress": "progress.py"}
LANGUAGE_SET = {"ru", "kk", "en"}


def _modules() -> list[Path]:
    return [p for p in ROOT.rglob("*.py")
            if "/forms/ui_" not in p.as_posix() and "migrations/versions" not in p.as_posix()
            and p.relative_to(ROOT).parts[0] != "sync"]


def _copies(path: Path) -> set[str]:
    found = set()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import) and any(a.name == "tomllib" for a in node.names):
            found.add("tomllib")
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            if (node.value.id, node.attr) == ("os", "replace"):
                found.add("os.replace")
            elif node.attr == "mkstemp":
                found.add("mkstemp")
        elif isinstance(node, ast.Tuple | ast.List | ast.Set) and len(node.elts) == 3 and all(
                isinstance(e, ast.Constant) for e in node.elts) and \
                {e.value for e in node.elts} == LANGUAGE_SET:
            found.add("languages")
        elif isinstance(node, ast.Subscript) and ast.unparse(node) == "Callable[[int, int], bool]":
            found.add("progress")
    return found


def test_each_helper_has_one_home():
    wrong = sorted(f"{p.relative_to(ROOT)}: its own {what} (use {HOMES[what]})"
                   for p in _modules() for what in _copies(p) if p.name != HOMES[what])
    assert wrong == [], "\n".join(wrong)


def test_the_scan_finds_the_homes():
    assert "tomllib" in _copies(ROOT / "data_files.py")
    assert "os.replace" in _copies(ROOT / "atomic.py")
    assert "languages" in _copies(ROOT / "languages.py")
    assert "progress" in _copies(ROOT / "progress.py")
