#!/usr/bin/env python3
import argparse, csv, html, re

RANK = {"paid": 3, "comp": 2, "rsvp": 1}


def norm_email(v): return (v or "").strip().lower()
def norm_phone(v): return re.sub(r"\D", "", v or "")[-9:]


def load(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        for r in csv.DictReader(f):
            t = (r.get("type") or ("rsvp" if "rsvp" in path else "comp" if "promoter" in path else "paid")).lower()
            yield {"name": (r.get("name") or "").strip(), "email": norm_email(r.get("email")),
                   "phone": norm_phone(r.get("phone")), "type": t,
                   "plus_ones": int(r.get("plus_ones") or 0), "ref": r.get("ref") or r.get("order_id") or ""}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("--out", default="door")
    a = ap.parse_args()
    people, by_key = [], {}
    for p in a.inputs:
        for g in load(p):
            keys = [k for k in (g["email"] and "e:" + g["email"], g["phone"] and "p:" + g["phone"]) if k]
            hit = next((by_key[k] for k in keys if k in by_key), None)
            if hit is None:
                people.append(g); hit = g
            elif RANK.get(g["type"], 0) > RANK.get(hit["type"], 0):
                hit.update(type=g["type"], ref=g["ref"] or hit["ref"])
            hit["plus_ones"] = max(hit["plus_ones"], g["plus_ones"])
            for k in keys: by_key[k] = hit
    people.sort(key=lambda g: g["name"].split()[-1].lower() if g["name"] else "")
    with open(a.out + ".csv", "w", newline="") as f:
        w = csv.writer(f); w.writerow(["ref", "name", "type", "plus_ones"])
        for g in people: w.writerow([g["ref"], g["name"], g["type"], g["plus_ones"]])
    names = {}
    for g in people: names.setdefault(g["name"].lower(), []).append(g)
    with open(a.out + "-review.txt", "w") as f:
        for n, gs in names.items():
            if len(gs) > 1: f.write(f"{n}: {len(gs)} entries with different contact details\n")
    rows = "".join(f"<tr><td>&#9744;</td><td>{html.escape(g['name'])}</td><td>{g['type']}</td><td>+{g['plus_ones']}</td></tr>" for g in people)
    open(a.out + ".html", "w").write(f"<html><body style='font:16pt sans-serif'><table>{rows}</table></body></html>")
    print(f"{len(people)} guests. Reminder: delete source CSVs and shred printouts after the event.")


if __name__ == "__main__":
    main()
