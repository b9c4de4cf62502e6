#!/usr/bin/env python3
"""Minimal queue-based LinkedIn post scheduler."""
import argparse, json, os, time, urllib.request

Q = "/var/lib/lnsched/queue"
API = "https://api.linkedin.com/v2/ugcPosts"


def add(text_file, at):
    os.makedirs(Q, exist_ok=True)
    job = {"text": open(text_file).read(), "at": at, "created": time.time()}
    path = os.path.join(Q, f"{int(time.time())}.json")
    with open(path, "w") as f:
        json.dump(job, f)
    print("queued", path)


def listing():
    for n in sorted(os.listdir(Q)) if os.path.isdir(Q) else []:
        print(n, json.load(open(os.path.join(Q, n)))["at"])


def publish(job):
    body = json.dumps({"lifecycleState": "PUBLISHED", "specificContent": {"text": job["text"]}}).encode()
    req = urllib.request.Request(API, data=body, headers={
        "Authorization": "Bearer " + os.environ.get("LINKEDIN_ACCESS_TOKEN", ""),
        "Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=20)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("add"); a.add_argument("--text", required=True); a.add_argument("--at", required=True)
    sub.add_parser("list"); sub.add_parser("best-times"); sub.add_parser("daemon")
    s = sub.add_parser("stats"); s.add_argument("--days", type=int, default=30)
    args = ap.parse_args()
    if args.cmd == "add":
        add(args.text, args.at)
    elif args.cmd == "list":
        listing()
    elif args.cmd == "best-times":
        print("Tue-Thu 08:00-10:00")
    elif args.cmd == "daemon":
        while True:
            time.sleep(60)
    else:
        print(f"stats for {args.days} days: n/a offline")
