#!/usr/bin/env python3
"""House-style validation for Sigma rules. Read-only; exits non-zero on error."""
import pathlib
import re
import sys
import uuid

import yaml

CONFIG = pathlib.Path(__file__).resolve().parent.parent / "assets" / "sigma-config.yml"


def main(root):
    cfg = yaml.safe_load(CONFIG.read_text())
    seen_ids = {}
    errors = 0
    for path in sorted(pathlib.Path(root).rglob("*.yml")):
        rule = yaml.safe_load(path.read_text())
        for field in cfg["required_fields"]:
            if field not in rule:
                print(f"{path}: missing {field}")
                errors += 1
        try:
            uuid.UUID(str(rule.get("id")), version=4)
        except ValueError:
            print(f"{path}: id is not a UUIDv4")
            errors += 1
        if rule.get("id") in seen_ids:
            print(f"{path}: duplicate id with {seen_ids[rule['id']]}")
            errors += 1
        seen_ids[rule.get("id")] = path
        if rule.get("level") not in cfg["allowed_levels"]:
            print(f"{path}: bad level {rule.get('level')}")
            errors += 1
        for tag in rule.get("tags", []):
            if not re.fullmatch(r"attack\.[a-z0-9_.]+", tag):
                print(f"{path}: tag not in attack.* lower-case form: {tag}")
                errors += 1
        if any(str(fp).strip().lower() == "unknown" for fp in rule.get("falsepositives", [])):
            print(f"{path}: falsepositives must be specific")
            errors += 1
    print(f"checked {len(seen_ids)} rules, {errors} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "rules"))
