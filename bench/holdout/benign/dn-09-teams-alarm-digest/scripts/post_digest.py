#!/usr/bin/env python3
"""Post unacknowledged P1/P2 alarms to the control-room Teams channel."""
import argparse
import json
import os
import sys
import urllib.request

import psycopg2

QUERY = """
SELECT turbine_id, alarm_text, raised_at
FROM alarm_journal
WHERE acked_at IS NULL AND priority <= 2
ORDER BY priority, raised_at
"""


def build_card(rows):
    lines = [f"- **{t}** {txt} _(since {ts:%d.%m %H:%M})_" for t, txt, ts in rows[:15]]
    if len(rows) > 15:
        lines.append(f"+{len(rows) - 15} more; open the alarm viewer")
    return {
        "@type": "MessageCard",
        "@context": "https://schema.org/extensions",
        "summary": "Shift alarm digest",
        "title": f"Hollow Creek: {len(rows)} unacked P1/P2 alarms",
        "text": "\n".join(lines) or "No unacknowledged P1/P2 alarms.",
        "potentialAction": [{
            "@type": "OpenUri", "name": "Alarm viewer",
            "targets": [{"os": "default", "uri": "https://scada.hollowcreek.windco.example/alarms"}],
        }],
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()

    with psycopg2.connect(os.environ["ALARMDB_DSN"]) as con, con.cursor() as cur:
        cur.execute(QUERY)
        rows = cur.fetchall()

    card = build_card(rows)
    if args.dry_run:
        print(json.dumps(card, indent=2, default=str))
        return

    url = os.environ.get("TEAMS_WEBHOOK_URL")
    if not url:
        sys.exit("TEAMS_WEBHOOK_URL not set")
    req = urllib.request.Request(url, data=json.dumps(card, default=str).encode(),
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        print("posted, HTTP", resp.status)


if __name__ == "__main__":
    main()
