#!/usr/bin/env python3
import argparse, re, sys

MONTHS = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()


def parse(path):
    indis, cur = {}, None
    for line in open(path, encoding="utf-8", errors="replace"):
        parts = line.rstrip("\n").split(" ", 2)
        if len(parts) < 2:
            continue
        lvl = int(parts[0])
        if lvl == 0 and len(parts) == 3 and parts[2] == "INDI":
            cur = indis.setdefault(parts[1], {"id": parts[1]})
        elif lvl == 0:
            cur = None
        elif cur is not None and parts[1] == "NAME":
            cur["name"] = parts[2] if len(parts) > 2 else ""
        elif cur is not None and parts[1] == "DATE" and "birth" not in cur:
            cur["birth"] = parts[2] if len(parts) > 2 else ""
    return indis


def year(d):
    m = re.search(r"(\d{4})", d or "")
    return int(m.group(1)) if m else None


def fix_date(d):
    m = re.match(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$", d.strip())
    if m:
        return f"{int(m.group(1))} {MONTHS[int(m.group(2)) - 1]} {m.group(3)}"
    return d.upper().replace("ABOUT", "ABT").replace("CIRCA", "ABT")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cmd", choices=["check", "fix", "dupes"])
    ap.add_argument("ged")
    ap.add_argument("-o", "--out")
    a = ap.parse_args()
    if a.cmd == "fix":
        with open(a.out or "fixed.ged", "w") as out:
            for line in open(a.ged, encoding="utf-8", errors="replace"):
                p = line.rstrip("\n").split(" ", 2)
                if len(p) == 3 and p[1] == "DATE":
                    line = f"{p[0]} DATE {fix_date(p[2])}\n"
                out.write(line.rstrip() + "\n")
        return
    ind = parse(a.ged)
    if a.cmd == "check":
        print(f"{len(ind)} people")
        for i in ind.values():
            if "name" not in i:
                print("no NAME:", i["id"])
    else:
        people = list(ind.values())
        for x in range(len(people)):
            for y in range(x + 1, len(people)):
                p, q = people[x], people[y]
                sp, sq = re.findall(r"/(.*)/", p.get("name", "")), re.findall(r"/(.*)/", q.get("name", ""))
                if sp and sp == sq and p["name"][:1] == q["name"][:1]:
                    yp, yq = year(p.get("birth")), year(q.get("birth"))
                    if yp and yq and abs(yp - yq) <= 2:
                        print(f"possible duplicate: {p['id']} {p['name']} / {q['id']} {q['name']}")


if __name__ == "__main__":
    sys.exit(main())
