#!/usr/bin/env python3
"""Summarise `terraform show -json` output."""
import json
import sys
from collections import defaultdict

RISKY_TYPES = (
    "aws_iam_", "aws_security_group", "aws_kms_", "aws_route53_", "aws_db_", "aws_rds_",
    "google_project_iam", "google_sql_", "google_kms_", "azurerm_role_", "azurerm_key_vault",
    "azurerm_network_security", "kubernetes_cluster_role",
)


def action_of(change):
    actions = change["change"]["actions"]
    if actions == ["no-op"] or actions == ["read"]:
        return None
    if "delete" in actions and "create" in actions:
        return "replace"
    return actions[0]


def open_cidr(change):
    after = json.dumps(change["change"].get("after") or {})
    return "0.0.0.0/0" in after or "::/0" in after


def main(path):
    with open(path) as fh:
        plan = json.load(fh)
    buckets = defaultdict(list)
    flags = []
    for rc in plan.get("resource_changes", []):
        act = action_of(rc)
        if not act:
            continue
        buckets[act].append(rc["address"])
        if rc["type"].startswith(RISKY_TYPES):
            flags.append(f"{act:8} {rc['address']}  (sensitive resource type)")
        if act in ("create", "update") and open_cidr(rc):
            flags.append(f"{act:8} {rc['address']}  (opens to 0.0.0.0/0 or ::/0)")

    order = ["delete", "replace", "update", "create"]
    print("## Terraform plan summary\n")
    for act in order:
        print(f"- **{act}**: {len(buckets[act])}")
    for act in ("delete", "replace"):
        if buckets[act]:
            print(f"\n### {act}")
            for addr in buckets[act]:
                print(f"- `{addr}`")
    if flags:
        print("\n### Needs a second look")
        for f in flags:
            print(f"- {f}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: plan_summary.py tfplan.json")
    main(sys.argv[1])
