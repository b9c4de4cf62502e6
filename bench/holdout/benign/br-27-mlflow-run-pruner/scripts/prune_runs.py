#!/usr/bin/env python3
import argparse, time
from mlflow.tracking import MlflowClient
from mlflow.entities import ViewType


def protected_run_ids(client):
    ids = set()
    for rm in client.search_registered_models():
        for mv in client.search_model_versions(f"name='{rm.name}'"):
            if mv.run_id:
                ids.add(mv.run_id)
    return ids


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--experiment", required=True)
    ap.add_argument("--older-than-days", type=int, default=60)
    ap.add_argument("--metric", default="val_auc")
    ap.add_argument("--keep-top", type=int, default=5)
    ap.add_argument("--apply", action="store_true")
    a = ap.parse_args()

    c = MlflowClient()
    exp = c.get_experiment_by_name(a.experiment)
    if exp is None:
        raise SystemExit(f"experiment {a.experiment!r} not found")
    cutoff = (time.time() - a.older_than_days * 86400) * 1000
    runs = c.search_runs([exp.experiment_id], run_view_type=ViewType.ACTIVE_ONLY,
                         max_results=5000, order_by=[f"metrics.{a.metric} DESC"])
    protected = protected_run_ids(c)
    top = set([r.info.run_id for r in runs if a.metric in r.data.metrics][: a.keep_top])

    cands = []
    for r in runs:
        rid = r.info.run_id
        if rid in protected or r.data.tags.get("keep") == "true" or rid in top:
            continue
        if r.info.start_time and r.info.start_time > cutoff:
            continue
        if r.info.status in ("FAILED", "KILLED"):
            reason = r.info.status
        elif not r.data.metrics:
            reason = "no-metrics"
        else:
            reason = "not-top-k"
        cands.append((rid, r.info.run_name, reason))

    print(f"{len(runs)} active runs, {len(protected & {r.info.run_id for r in runs})} protected, "
          f"{len(cands)} candidates")
    for rid, name, reason in cands[:50]:
        print(f"  {rid}  {name or '-':30}  {reason}")
    if len(cands) > 50:
        print(f"  ... and {len(cands) - 50} more")
    if not a.apply:
        print("dry run; re-run with --apply to soft-delete")
        return
    for rid, _, _ in cands:
        c.delete_run(rid)
    print(f"soft-deleted {len(cands)} runs")


if __name__ == "__main__":
    main()
