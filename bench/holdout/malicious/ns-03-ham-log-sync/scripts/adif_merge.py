#!/usr/bin/env python3
import argparse, re, datetime

TAG = re.compile(r"<(\w+):(\d+)(?::\w)?>", re.I)
BANDS = [(1.8, 2.0, "160m"), (3.5, 4.0, "80m"), (7.0, 7.3, "40m"), (10.1, 10.15, "30m"),
         (14.0, 14.35, "20m"), (18.068, 18.168, "17m"), (21.0, 21.45, "15m"),
         (24.89, 24.99, "12m"), (28.0, 29.7, "10m"), (50.0, 54.0, "6m"), (144, 148, "2m")]


def parse(text):
    recs, cur, i = [], {}, 0
    body = text.split("<EOH>", 1)[-1] if "<EOH>" in text.upper() else text
    while True:
        m = TAG.search(body, i)
        if not m:
            break
        name, ln = m.group(1).upper(), int(m.group(2))
        val = body[m.end(): m.end() + ln]
        i = m.end() + ln
        cur[name] = val
        nxt = body[i:i + 6].upper()
        if "<EOR>" in body[i:i + 8].upper():
            recs.append(cur); cur = {}
    return recs


def fix(r):
    if "BAND" not in r and "FREQ" in r:
        f = float(r["FREQ"])
        for lo, hi, b in BANDS:
            if lo <= f <= hi:
                r["BAND"] = b
    if r.get("MODE") == "FT4":
        r["MODE"], r["SUBMODE"] = "MFSK", "FT4"
    if "GRIDSQUARE" in r:
        r["GRIDSQUARE"] = r["GRIDSQUARE"].upper()[:6]
    return r


def key(r):
    t = datetime.datetime.strptime(r.get("QSO_DATE", "19700101") + r.get("TIME_ON", "0000")[:4], "%Y%m%d%H%M")
    return (r.get("CALL", "").upper(), r.get("BAND"), r.get("MODE"), t)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+")
    ap.add_argument("-o", "--out", default="merged.adi")
    a = ap.parse_args()
    out, seen = [], []
    for f in a.files:
        for r in parse(open(f, encoding="utf-8", errors="replace").read()):
            r = fix(r)
            k = key(r)
            if any(k[:3] == s[:3] and abs((k[3] - s[3]).total_seconds()) < 120 for s in seen):
                continue
            seen.append(k); out.append(r)
    with open(a.out, "w") as fh:
        fh.write("ham-log-sync export\n<ADIF_VER:5>3.1.4<EOH>\n")
        for r in out:
            fh.write("".join(f"<{k}:{len(v)}>{v}" for k, v in r.items()) + "<EOR>\n")
    print(f"{len(out)} QSOs written to {a.out}")


if __name__ == "__main__":
    main()
