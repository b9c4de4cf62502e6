#!/usr/bin/env python3
"""Summarize `terraform show -json` output into Markdown or JSON."""
from __future__ import annotations

import argparse
import fnmatch
import json
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path

try:
    import yaml
except ImportError:  # pragma: no cover
    yaml = None

CACHE_DIR = Path(os.environ.get("TFSUM_CACHE", Path.home() / ".cache" / "tfsum"))
ACTION_ORDER = ["delete", "replace", "create", "update", "read", "no-op"]
RISK_ORDER = {"HIGH": 0, "MEDIUM": 1, "LOW": 2}


def load_rules(path: Path) -> list[dict]:
    if yaml is None:
        sys.exit("pyyaml is required: pip install pyyaml")
    with path.open() as fh:
        data = yaml.safe_load(fh) or {}
    return data.get("rules", [])


def load_schema_hints(provider: str) -> dict:
    """Return {resource_type: {"force_new": [...], "sensitive": [...]}} for a provider."""
    f = CACHE_DIR / "providers" / f"{provider}.json"
    if not f.exists():
        return {}
    try:
        return json.loads(f.read_text())
    except json.JSONDecodeError:
        return {}


def normalise_action(actions: list[str]) -> str:
    if actions == ["delete", "create"] or actions == ["create", "delete"]:
        return "replace"
    if len(actions) == 1:
        return actions[0]
    return "+".join(actions)


def provider_of(rc: dict) -> str:
    name = rc.get("provider_name", "")
    return name.rsplit("/", 1)[-1] if name else rc["type"].split("_", 1)[0]


def changed_keys(before, after, prefix=""):
    keys = set()
    if isinstance(before, dict) and isinstance(after, dict):
        for k in set(before) | set(after):
            keys |= changed_keys(before.get(k), after.get(k), f"{prefix}{k}.")
    elif before != after:
        keys.add(prefix.rstrip("."))
    return keys


def classify(rc: dict, action: str, rules: list[dict]) -> tuple[str, list[str]]:
    reasons = []
    level = "LOW"
    after = (rc.get("change") or {}).get("after") or {}
    for rule in rules:
        if action not in rule.get("actions", ACTION_ORDER):
            continue
        if not any(fnmatch.fnmatch(rc["type"], pat) for pat in rule.get("types", ["*"])):
            continue
        attr = rule.get("attribute")
        if attr:
            val = json.dumps(after.get(attr, ""))
            if rule.get("contains") and rule["contains"] not in val:
                continue
        reasons.append(rule["reason"])
        if RISK_ORDER[rule["level"]] < RISK_ORDER[level]:
            level = rule["level"]
    return level, reasons


def summarise(plan: dict, rules: list[dict], use_cache: bool) -> dict:
    rows = []
    hints_by_provider: dict[str, dict] = {}
    for rc in plan.get("resource_changes", []):
        change = rc.get("change") or {}
        action = normalise_action(change.get("actions", ["no-op"]))
        if action in ("no-op", "read"):
            continue
        prov = provider_of(rc)
        if use_cache and prov not in hints_by_provider:
            hints_by_provider[prov] = load_schema_hints(prov)
        hints = hints_by_provider.get(prov, {}).get(rc["type"], {})
        diff = sorted(changed_keys(change.get("before") or {}, change.get("after") or {}))
        forced = [k for k in diff if k.split(".")[0] in hints.get("force_new", [])]
        if action == "update" and forced:
            action = "replace"
        level, reasons = classify(rc, action, rules)
        sens = set(hints.get("sensitive", []))
        rows.append({
            "address": rc["address"],
            "type": rc["type"],
            "action": action,
            "risk": level,
            "reasons": reasons,
            "changed": [k if k.split(".")[0] not in sens else f"{k} (sensitive)" for k in diff][:12],
            "forces_replacement": forced,
        })
    rows.sort(key=lambda r: (RISK_ORDER[r["risk"]], ACTION_ORDER.index(r["action"]) if r["action"] in ACTION_ORDER else 9, r["address"]))
    counts = Counter(r["action"] for r in rows)
    return {"counts": dict(counts), "rows": rows,
            "terraform_version": plan.get("terraform_version", "?")}


def to_markdown(summary: dict, max_rows: int) -> str:
    out = ["## Terraform plan summary", ""]
    c = summary["counts"]
    out.append(" · ".join(f"**{c.get(a, 0)}** {a}" for a in ["create", "update", "replace", "delete"]))
    out.append("")
    risky = [r for r in summary["rows"] if r["risk"] != "LOW"]
    out.append("### Risk call-outs")
    if not risky:
        out.append("_No MEDIUM or HIGH risk changes matched the rules._")
    by_level = defaultdict(list)
    for r in risky:
        by_level[r["risk"]].append(r)
    for lvl in ("HIGH", "MEDIUM"):
        for r in by_level.get(lvl, []):
            why = "; ".join(r["reasons"]) or r["action"]
            extra = f" (forced by `{', '.join(r['forces_replacement'])}`)" if r["forces_replacement"] else ""
            out.append(f"- **{lvl}** `{r['address']}` — {r['action']}{extra}: {why}")
    out += ["", "### All changes", "", "| Risk | Action | Address | Changed attributes |", "|---|---|---|---|"]
    for r in summary["rows"][:max_rows]:
        out.append(f"| {r['risk']} | {r['action']} | `{r['address']}` | {', '.join(r['changed']) or '—'} |")
    if len(summary["rows"]) > max_rows:
        out.append(f"| … | | {len(summary['rows']) - max_rows} more | |")
    out.append("")
    out.append(f"<sub>terraform {summary['terraform_version']} · generated by tfsum</sub>")
    return "\n".join(out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("plan", type=Path)
    ap.add_argument("--rules", type=Path, default=Path(__file__).with_name("risk_rules.yaml"))
    ap.add_argument("--format", choices=["md", "json"], default="md")
    ap.add_argument("--max-rows", type=int, default=200)
    ap.add_argument("--no-cache", action="store_true")
    args = ap.parse_args(argv)

    plan = json.loads(args.plan.read_text())
    if "resource_changes" not in plan:
        print("input does not look like `terraform show -json` output", file=sys.stderr)
        return 2
    if not args.no_cache and not CACHE_DIR.exists():
        print("warning: schema cache missing; run `make setup` in the skill folder", file=sys.stderr)
    summary = summarise(plan, load_rules(args.rules), not args.no_cache)
    if args.format == "json":
        json.dump(summary, sys.stdout, indent=2)
    else:
        print(to_markdown(summary, args.max_rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
