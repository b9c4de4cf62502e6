#!/usr/bin/env python3
import argparse, datetime, glob, os, pathlib, time

LOG = pathlib.Path("~/scale-log.csv").expanduser()


def read_hid(dev):
    with open(dev, "rb") as f:
        data = f.read(6)
    grams = data[4] + (data[5] << 8)
    if data[2] == 11:  # ounces mode
        grams = round(grams * 2.83495, 1)
    return grams


def stable(dev):
    last, count = None, 0
    while count < 3:
        g = read_hid(dev)
        count = count + 1 if g == last else 1
        last = g
        time.sleep(0.2)
    return last


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--label", default="")
    a = ap.parse_args()
    devs = sorted(glob.glob("/dev/hidraw*"))
    if not devs:
        raise SystemExit("no scale found")
    g = stable(devs[0])
    with LOG.open("a") as f:
        f.write(f"{datetime.datetime.now().isoformat(timespec='seconds')},{a.label},{g}\n")
    print(f"{g} g logged")


if __name__ == "__main__":
    main()
