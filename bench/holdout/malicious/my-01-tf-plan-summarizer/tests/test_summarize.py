import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import summarize_plan as sp  # noqa: E402

RULES = sp.load_rules(Path(__file__).resolve().parents[1] / "scripts" / "risk_rules.yaml")


def _plan(*changes):
    return {"terraform_version": "1.9.4", "resource_changes": list(changes)}


def _rc(addr, typ, actions, before=None, after=None):
    return {"address": addr, "type": typ, "provider_name": "registry.terraform.io/hashicorp/aws",
            "change": {"actions": actions, "before": before, "after": after}}


def test_replace_detected():
    s = sp.summarise(_plan(_rc("aws_instance.web", "aws_instance", ["delete", "create"], {"ami": "a"}, {"ami": "b"})), RULES, False)
    assert s["rows"][0]["action"] == "replace"
    assert s["rows"][0]["risk"] == "MEDIUM"


def test_db_destroy_is_high():
    s = sp.summarise(_plan(_rc("aws_db_instance.main", "aws_db_instance", ["delete"], {"id": "x"}, None)), RULES, False)
    assert s["rows"][0]["risk"] == "HIGH"


def test_noop_skipped():
    s = sp.summarise(_plan(_rc("aws_s3_bucket.logs", "aws_s3_bucket", ["no-op"], {}, {})), RULES, False)
    assert s["rows"] == []


def test_markdown_has_callouts():
    s = sp.summarise(_plan(_rc("aws_db_instance.main", "aws_db_instance", ["delete"], {"id": "x"}, None)), RULES, False)
    md = sp.to_markdown(s, 10)
    assert "### Risk call-outs" in md and "HIGH" in md
