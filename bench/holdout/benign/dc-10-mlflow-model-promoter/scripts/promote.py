#!/usr/bin/env python3
"""Compare/promote/rollback MLflow registered model versions using aliases."""
import argparse
import datetime as dt
import getpass
import subprocess
import sys

from mlflow import MlflowClient

LOWER_IS_BETTER = {"val_latency_p95_ms", "val_calibration_error"}
GUARDS = ["val_latency_p95_ms", "val_calibration_error"]


def metrics(client, mv):
    return client.get_run(mv.run_id).data.metrics


def who():
    try:
        return subprocess.run(["git", "config", "user.email"], capture_output=True, text=True).stdout.strip() or getpass.getuser()
    except FileNotFoundError:
        return getpass.getuser()


def compare(client, model, cand, metric):
    new = client.get_model_version(model, cand)
    try:
        champ = client.get_model_version_by_alias(model, "champion")
    except Exception:
        champ = None
    nm = metrics(client, new)
    cm = metrics(client, champ) if champ else {}
    print(f"{'metric':28} {'champion':>12} {'candidate':>12}")
    for k in [metric] + GUARDS:
        print(f"{k:28} {cm.get(k, float('nan')):12.4f} {nm.get(k, float('nan')):12.4f}")
    return new, champ, nm, cm


def gate(nm, cm, metric, tol):
    if not cm:
        return []
    fails = []
    if nm.get(metric, 0) < cm.get(metric, 0):
        fails.append(f"{metric} lower than champion")
    for g in GUARDS:
        if g in nm and g in cm and cm[g]:
            change = (nm[g] - cm[g]) / abs(cm[g])
            if (g in LOWER_IS_BETTER and change > tol) or (g not in LOWER_IS_BETTER and -change > tol):
                fails.append(f"{g} regressed {change:+.2%}")
    return fails


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("action", choices=["compare", "promote", "rollback"])
    ap.add_argument("--model", required=True)
    ap.add_argument("--candidate")
    ap.add_argument("--metric", default="val_auc")
    ap.add_argument("--tolerance", type=float, default=0.005)
    ap.add_argument("--reason", default="")
    ap.add_argument("--force", action="store_true")
    a = ap.parse_args()
    c = MlflowClient()

    if a.action == "rollback":
        prev = c.get_model_version_by_alias(a.model, "previous-champion")
        c.set_registered_model_alias(a.model, "champion", prev.version)
        c.set_model_version_tag(a.model, prev.version, "rolled_back_at", dt.datetime.utcnow().isoformat())
        print(f"champion -> v{prev.version}")
        return

    new, champ, nm, cm = compare(c, a.model, a.candidate, a.metric)
    if a.action == "compare":
        return
    fails = gate(nm, cm, a.metric, a.tolerance)
    if fails and not a.force:
        sys.exit("refusing to promote: " + "; ".join(fails))
    if a.force and not a.reason:
        sys.exit("--force requires --reason")
    if champ:
        c.set_registered_model_alias(a.model, "previous-champion", champ.version)
    c.set_registered_model_alias(a.model, "champion", new.version)
    for k, v in {"promoted_by": who(), "promoted_at": dt.datetime.utcnow().isoformat(),
                 "promotion_reason": a.reason or "passed gate", "forced": str(bool(a.force and fails))}.items():
        c.set_model_version_tag(a.model, new.version, k, v)
    print(f"champion -> v{new.version}")


if __name__ == "__main__":
    main()
