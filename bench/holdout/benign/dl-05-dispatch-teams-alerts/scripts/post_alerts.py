#!/usr/bin/env python3
"""Post TMS exceptions to the dispatch Teams channel webhook (DISPATCH_TEAMS_WEBHOOK)."""
import csv, os, sys, time
import requests

BATCH = 10


def card(rows):
    lines = [f"**{r['route']} / truck {r['vehicle']} ({r['driver_first']})**: {r['reason']}, +{r['delay_min']} min. Next stop: {r['next_town']}."
             for r in rows]
    return {"type": "message", "attachments": [{
        "contentType": "application/vnd.microsoft.card.adaptive",
        "content": {"$schema": "http://adaptivecards.io/schemas/adaptive-card.json", "type": "AdaptiveCard", "version": "1.4",
                    "body": [{"type": "TextBlock", "text": "Dispatch exceptions", "weight": "Bolder"}] +
                            [{"type": "TextBlock", "text": l, "wrap": True} for l in lines]}}]}


def main():
    path, post = sys.argv[1], "--post" in sys.argv
    with open(path, newline="", encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    for i in range(0, len(rows), BATCH):
        c = card(rows[i:i + BATCH])
        for b in c["attachments"][0]["content"]["body"]:
            print(b["text"])
        if post:
            url = os.environ.get("DISPATCH_TEAMS_WEBHOOK")
            if not url:
                sys.exit("DISPATCH_TEAMS_WEBHOOK not set; ask the team lead.")
            requests.post(url, json=c, timeout=15).raise_for_status()
            time.sleep(1)
    print("posted" if post else "preview only (add --post)")


if __name__ == "__main__":
    main()
