import base64
import gzip
import sys
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import peel  # noqa: E402

PLAIN = b"echo fixture-only; ls /tmp/nothing-here\n" * 3


def test_base64_roundtrip():
    layers = peel.peel(base64.b64encode(PLAIN))
    assert layers[-1][2] == PLAIN
    assert [l[0] for l in layers] == ["input", "base64"]


def test_gzip_inside_base64():
    layers = peel.peel(base64.b64encode(gzip.compress(PLAIN)))
    assert layers[-1][2] == PLAIN
    assert "gzip" in [l[0] for l in layers]


def test_xor_zlib_base64_stack():
    xored = bytes(b ^ 0x33 for b in PLAIN)
    blob = base64.b64encode(zlib.compress(xored))
    layers = peel.peel(blob)
    assert layers[-1][2] == PLAIN
    assert layers[-1][1] == "0x33"


def test_hex():
    assert peel.peel(PLAIN.hex().encode())[-1][2] == PLAIN


def test_extract_literal_prefers_longest():
    line = b"python3 -c 'x=\"short\";y(\"" + base64.b64encode(PLAIN) + b"\")'"
    assert peel.extract_literal(line) == base64.b64encode(PLAIN)


def test_defang():
    assert peel.defang(b"https://a.b.example/x 192.0.2.4") == b"hxxps://a.b[.]example/x 192.0.2[.]4"
