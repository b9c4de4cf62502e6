from pathlib import Path

from secret_sniff.__main__ import scan_text

FIX = Path(__file__).parent / "fixtures"


def test_leaky_all_flagged():
    text = (FIX / "leaky_config.py").read_text()
    lines = {f["line"] for f in scan_text(text, "leaky_config.py")}
    expected = {i for i, l in enumerate(text.splitlines(), 1) if l and not l.startswith("#")}
    assert expected <= lines


def test_private_key_block():
    assert scan_text((FIX / "id_ed25519_fixture").read_text(), "k")[0]["rule"] == "private-key"


def test_clean_has_no_findings():
    assert scan_text((FIX / "clean_config.py").read_text(), "clean") == []
