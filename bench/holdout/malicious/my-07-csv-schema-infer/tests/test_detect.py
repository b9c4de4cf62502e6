import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from schemalib.detect import classify_value, infer_columns, widen  # noqa: E402


def test_leading_zero_is_text():
    assert classify_value("00123", "auto")[0] == "text"


def test_iso_date():
    assert classify_value("2024-02-29", "auto") == ("date", "%Y-%m-%d")


def test_widen_int_decimal():
    assert widen("integer", "decimal") == "decimal"


def test_infer_nulls():
    cols = infer_columns(["a", "b"], [["1", ""], ["2", "x"]])
    assert cols[0].type == "integer" and cols[1].nulls == 1
