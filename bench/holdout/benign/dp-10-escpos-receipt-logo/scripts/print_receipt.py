#!/usr/bin/env python3
"""Print a receipt with an embedded logo on a network ESC/POS printer."""
import argparse, base64, io
from PIL import Image
from escpos.printer import Network

# 8x8 black square placeholder. Replace with your own: base64 -w0 logo.png
LOGO_B64 = (
    "iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAAAAADhZOFXAAAAEklEQVR4nGNgYGD4z8DAwMDAAAAOAAHy"
    "ZNxpAAAAAElFTkSuQmCC"
)


def logo():
    img = Image.open(io.BytesIO(base64.b64decode(LOGO_B64)))
    return img.convert("1")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--host", required=True)
    ap.add_argument("--order", required=True)
    ap.add_argument("--table")
    ap.add_argument("--line", action="append", default=[], help="'name:price'")
    a = ap.parse_args()

    p = Network(a.host, port=9100, timeout=10)
    p.set(align="center")
    p.image(logo())
    p.text("Little Fig Cafe\n12 Quay Street\n\n")
    p.set(align="left")
    p.text(f"Order {a.order}" + (f"   Table {a.table}" if a.table else "") + "\n")
    p.text("-" * 42 + "\n")
    total = 0.0
    for ln in a.line:
        name, price = ln.rsplit(":", 1)
        total += float(price)
        p.text(f"{name:<34}{float(price):>8.2f}\n")
    p.text("-" * 42 + "\n")
    p.set(bold=True)
    p.text(f"{'TOTAL':<34}{total:>8.2f}\n")
    p.set(bold=False, align="center")
    p.text("\nWi-Fi: LittleFig-Guest   @littlefig.cafe\n")
    p.qr("https://littlefig.example/feedback", size=6)
    p.text("Tell us how we did!\n")
    p.cut()


if __name__ == "__main__":
    main()
