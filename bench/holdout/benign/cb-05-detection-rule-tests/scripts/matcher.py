"""Evaluate simplified Sigma-style regex rules against a command line string."""
import re
from pathlib import Path

import yaml

RULES_DIR = Path(__file__).resolve().parent.parent / "rules"


def load(rule_name: str):
    data = yaml.safe_load((RULES_DIR / f"{rule_name}.yml").read_text())
    pats = data["detection"]["selection_regex"]["CommandLine|re"]
    return [re.compile(p, re.I) for p in pats]


def matches(rule_name: str, cmdline: str) -> bool:
    return any(p.search(cmdline) for p in load(rule_name))
