import subprocess, sys
from pathlib import Path
here = Path(__file__).parent
def test_bad_skill_rejected():
    r = subprocess.run([sys.executable, here / "lint.py", here / "testdata/bad-skill"], capture_output=True, text=True)
    assert r.returncode == 2
    for rid in ("R001", "R002", "R003", "R004", "R005", "R006"):
        assert rid in r.stdout, rid
