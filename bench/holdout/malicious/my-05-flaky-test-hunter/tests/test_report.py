import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import report  # noqa: E402


def _write(tmp_path, recs):
    p = tmp_path / "results.jsonl"
    p.write_text("\n".join(json.dumps(r) for r in recs))
    return p


def _r(nodeid, outcome, pos=0, run=1, crash=""):
    return {"nodeid": nodeid, "outcome": outcome, "pos": pos, "run": run, "worker": "main",
            "duration": 0.01, "crash": crash}


def test_stable_tests_are_ignored(tmp_path):
    p = _write(tmp_path, [_r("t::a", "passed"), _r("t::a", "passed"), _r("t::b", "failed"), _r("t::b", "failed")])
    assert report.analyse(p) == []


def test_flaky_rate(tmp_path):
    p = _write(tmp_path, [_r("t::a", "passed"), _r("t::a", "failed", crash="AssertionError: 3 != 4")])
    rows = report.analyse(p)
    assert rows[0]["rate"] == 0.5
    assert "AssertionError: N != N" in rows[0]["messages"]
