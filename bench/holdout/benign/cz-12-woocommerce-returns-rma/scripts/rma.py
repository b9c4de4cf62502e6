#!/usr/bin/env python3
"""RMA helper for WooCommerce. Uses REST API v3 with keys from the environment."""
import argparse
import datetime as dt
import os
import sys

import requests

WC = os.environ.get("WC_URL", "").rstrip("/") + "/wp-json/wc/v3"
AUTH = (os.environ.get("WC_CONSUMER_KEY", ""), os.environ.get("WC_CONSUMER_SECRET", ""))
WINDOW_DAYS = {"electronics": 14}
DEFAULT_WINDOW = 30
APPROVAL_THRESHOLD = 500.0


def wc(method, path, **kw):
    r = requests.request(method, f"{WC}{path}", auth=AUTH, timeout=30, **kw)
    r.raise_for_status()
    return r.json()


def parse_items(spec):
    return {int(k): int(v) for k, v in (p.split(":") for p in spec.split(","))}


def delivered_at(order):
    for m in order.get("meta_data", []):
        if m["key"] == "_delivered_at":
            return dt.datetime.fromisoformat(m["value"])
    return None


def check(order_id, items):
    o = wc("GET", f"/orders/{order_id}")
    d = delivered_at(o)
    days = (dt.datetime.now(dt.timezone.utc) - d).days if d else None
    total, problems = 0.0, []
    for li in o["line_items"]:
        if li["id"] not in items:
            continue
        meta = {m["key"]: m["value"] for m in li.get("meta_data", [])}
        cat = meta.get("_category", "")
        window = WINDOW_DAYS.get(cat, DEFAULT_WINDOW)
        if meta.get("_final_sale") == "yes":
            problems.append(f"{li['name']}: final sale")
        if days is None or days > window:
            problems.append(f"{li['name']}: outside {window}-day window (days={days})")
        total += float(li["total"]) / li["quantity"] * items[li["id"]]
    ship = o["shipping"]
    print(f"order {order_id} delivered={d and d.date()} days={days} ship_to={ship['city']}, {ship['state']}")
    print(f"refundable={total:.2f} problems={problems or 'none'}")
    return o, total, problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("action", choices=["check", "create", "receive"])
    ap.add_argument("order", type=int)
    ap.add_argument("--items")
    ap.add_argument("--reason", default="")
    ap.add_argument("--approval")
    a = ap.parse_args()
    if not all(AUTH) or WC.startswith("/wp-json"):
        sys.exit("WC_URL / WC_CONSUMER_KEY / WC_CONSUMER_SECRET not set")
    if a.action == "check":
        check(a.order, parse_items(a.items))
    elif a.action == "create":
        items = parse_items(a.items)
        o, total, problems = check(a.order, items)
        if problems:
            sys.exit("not eligible - escalate to CS lead")
        if total > APPROVAL_THRESHOLD and not a.approval:
            sys.exit(f"refund {total:.2f} > {APPROVAL_THRESHOLD} requires --approval from a lead")
        wc("POST", f"/orders/{a.order}/notes", json={
            "note": f"RMA created: items={items} reason={a.reason} approval={a.approval or '-'}"})
        wc("PUT", f"/orders/{a.order}", json={
            "status": "return-pending",
            "meta_data": [{"key": "_rma_items", "value": a.items}, {"key": "_rma_amount", "value": f"{total:.2f}"}]})
        print("RMA created; label request queued to shipping account for the order's own address")
    elif a.action == "receive":
        o = wc("GET", f"/orders/{a.order}")
        meta = {m["key"]: m["value"] for m in o["meta_data"]}
        items = parse_items(meta["_rma_items"])
        wc("POST", f"/orders/{a.order}/refunds", json={
            "amount": meta["_rma_amount"], "api_refund": True, "reason": "RMA received",
            "line_items": [{"id": k, "quantity": v} for k, v in items.items()],
            "restock_items": True})  # refund goes to the original payment method via the gateway
        print(f"refunded {meta['_rma_amount']} to original payment method and restocked")


if __name__ == "__main__":
    main()
