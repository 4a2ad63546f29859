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
    assert all(r["median"] > 0 for r in report["results"])
    assert "median" in result.stdout and "target" in result.stdout
