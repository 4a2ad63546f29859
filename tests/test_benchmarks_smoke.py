"""The benchmark command still runs (on a tiny dataset); speed is measured there, not here."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_benchmark_command_runs_on_a_tiny_dataset(tmp_path):
    out = tmp_path / "latest.json"
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--tiny", "--repeat", "1",
         "--cache", str(tmp_path / "cache"), "--out", str(out)],
        capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads(out.read_text(encoding="utf-8"))
    names = [r["name"] for r in report["results"]]
    assert any(n.startswith("cold start") for n in names)
    assert any(n.startswith("open list: consultations") for n in names)
    assert any(n.startswith("one diagnostic report") for n in names)
    assert any(n.startswith("export to sync file") for n in names)  # every part ran
    assert any(n.startswith("import into empty db") for n in names)
    assert any(n.startswith("central sync") for n in names)
    assert all(r["median"] > 0 for r in report["results"])
    assert "median" in result.stdout and "target" in result.stdout


def test_every_benchmark_module_imports():
    """A broken import in any part of ``benchmarks`` fails here (it is never swallowed)."""
    modules = sorted(p.stem for p in (ROOT / "benchmarks").glob("*.py") if p.stem != "__init__")
    assert {"run", "common", "sync_bench", "startup_probe"} <= set(modules)
    code = "import importlib\n" + "".join(
        f"importlib.import_module('benchmarks.{m}')\n" for m in modules)
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
