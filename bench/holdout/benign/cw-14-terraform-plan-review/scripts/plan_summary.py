#!/usr/bin/env python3
"""Summarise `terraform show -json` output for code review. Never prints attribute values."""
import json
import sys

ICON = {"create": "➕", "update": "✏️", "delete": "🔥", "read": "👁"}


def risky(rc):
    t, after = rc["type"], (rc["change"].get("after") or {})
    flags = []
    if t.startswith("aws_iam_") and "policy" in after:
        pol = after.get("policy") or ""
        if '"*"' in pol:
            flags.append("IAM wildcard")
        else:
            flags.append("IAM change")
    if t in ("aws_security_group_rule", "aws_vpc_security_group_ingress_rule", "aws_security_group"):
        blob = json.dumps(after)
        if "0.0.0.0/0" in blob or "::/0" in blob:
            flags.append("open to internet")
    if t == "aws_s3_bucket_public_access_block" and not all(
        after.get(k, True) for k in ("block_public_acls", "block_public_policy", "restrict_public_buckets")):
        flags.append("S3 public access")
    if t == "aws_db_instance" and after.get("deletion_protection") is False:
        flags.append("deletion_protection off")
    return flags


def main():
    plan = json.load(open(sys.argv[1]))
    rows, counts = [], {}
    for rc in plan.get("resource_changes", []):
        actions = rc["change"]["actions"]
        if actions == ["no-op"]:
            continue
        kind = "replace" if set(actions) == {"delete", "create"} else actions[0]
        counts[kind] = counts.get(kind, 0) + 1
        icon = "♻️" if kind == "replace" else ICON.get(kind, "?")
        before, after = rc["change"].get("before") or {}, rc["change"].get("after") or {}
        changed = sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))[:8]
        sens = sorted((rc["change"].get("after_sensitive") or {}).keys()) if isinstance(rc["change"].get("after_sensitive"), dict) else []
        flags = risky(rc)
        rows.append((kind, f"| {icon} {kind} | `{rc['address']}` | {', '.join(changed) or '-'} | {'; '.join(flags) or ''} {'(sensitive: ' + ', '.join(sens) + ')' if sens else ''} |"))
    order = {"delete": 0, "replace": 1, "update": 2, "create": 3}
    print("### Terraform plan summary\n")
    print(" · ".join(f"**{k}**: {v}" for k, v in sorted(counts.items())) or "No changes.")
    print("\n| action | address | changed attributes | flags |\n|---|---|---|---|")
    for _, r in sorted(rows, key=lambda x: order.get(x[0], 9)):
        print(r)


if __name__ == "__main__":
    main()
