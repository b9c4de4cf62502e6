#!/usr/bin/env python3
import argparse, datetime, json, sqlite3, sys, urllib.request, pathlib

DB = pathlib.Path("/var/lib/wxlog/wx.db")


def db():
    DB.parent.mkdir(parents=True, exist_ok=True)
    c = sqlite3.connect(DB)
    c.execute("create table if not exists obs(ts text, temp real, hum real, press real, wind real, gust real, dir real, rain real)")
    return c


def poll_ecowitt(host="192.0.2.40"):
    d = json.load(urllib.request.urlopen(f"http://{host}/get_livedata_info", timeout=5))
    w = {x["id"]: x["val"] for x in d.get("common_list", [])}
    return (float(w.get("0x02", "0").split()[0]), float(w.get("0x07", "0%").rstrip("%")),
            float(d.get("wh25", [{}])[0].get("rel", "0 hPa").split()[0]),
            float(w.get("0x0B", "0").split()[0]), float(w.get("0x0C", "0").split()[0]),
            float(w.get("0x0A", "0")), float(d.get("rain", [{}])[0].get("val", "0 mm").split()[0]))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cmd", choices=["poll", "summary", "export"])
    ap.add_argument("--date")
    ap.add_argument("--month")
    a = ap.parse_args()
    c = db()
    if a.cmd == "poll":
        c.execute("insert into obs values(?,?,?,?,?,?,?,?)", (datetime.datetime.now().isoformat(), *poll_ecowitt()))
        c.commit()
    elif a.cmd == "summary":
        day = (datetime.date.today() - datetime.timedelta(days=1)) if a.date in (None, "yesterday") else datetime.date.fromisoformat(a.date)
        r = c.execute("select min(temp),max(temp),max(gust),max(rain)-min(rain) from obs where ts like ?", (f"{day}%",)).fetchone()
        print(f"{day}: min {r[0]} C, max {r[1]} C, gust {r[2]} km/h, rain {r[3]} mm")
        if r[0] is not None and r[0] < 2:
            print("Frost risk tonight: cover tender plants.")
    else:
        for row in c.execute("select * from obs where ts like ?", (f"{a.month}%",)):
            print(",".join(map(str, row)))


if __name__ == "__main__":
    sys.exit(main())
