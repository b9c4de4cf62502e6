#!/usr/bin/env python3
"""Rate-shop UPS / FedEx / DHL Express using company API accounts from env vars."""
import argparse, os, sys
import requests

SANDBOX = os.environ.get("RATESHOP_SANDBOX") == "1"
UPS_HOST = "https://wwwcie.ups.com" if SANDBOX else "https://onlinetools.ups.com"
FEDEX_HOST = "https://apis-sandbox.fedex.com" if SANDBOX else "https://apis.fedex.com"
DHL_HOST = "https://express.api.dhl.com/mydhlapi/test" if SANDBOX else "https://express.api.dhl.com/mydhlapi"


def env(*names):
    vals = [os.environ.get(n) for n in names]
    return vals if all(vals) else None


def parse_piece(s):
    w, l, wd, h = (float(x) for x in s.split("x"))
    return {"kg": w, "l": l, "w": wd, "h": h}


def ups(args, pieces):
    creds = env("UPS_CLIENT_ID", "UPS_CLIENT_SECRET")
    if not creds:
        return "UPS skipped: credentials not set"
    tok = requests.post(f"{UPS_HOST}/security/v1/oauth/token", auth=tuple(creds),
                        data={"grant_type": "client_credentials"}, timeout=20).json()["access_token"]
    body = {"RateRequest": {"Shipment": {
        "Shipper": {"Address": {"PostalCode": args.frm[3:], "CountryCode": args.frm[:2]}},
        "ShipTo": {"Address": {"PostalCode": args.to[3:], "CountryCode": args.to[:2]}},
        "Package": [{"PackagingType": {"Code": "02"},
                     "Dimensions": {"UnitOfMeasurement": {"Code": "CM"}, "Length": str(p["l"]), "Width": str(p["w"]), "Height": str(p["h"])},
                     "PackageWeight": {"UnitOfMeasurement": {"Code": "KGS"}, "Weight": str(p["kg"])}} for p in pieces]}}}
    r = requests.post(f"{UPS_HOST}/api/rating/v2403/Shop", json=body,
                      headers={"Authorization": f"Bearer {tok}"}, timeout=30)
    r.raise_for_status()
    return [("UPS", s["Service"]["Code"], s["TotalCharges"]["MonetaryValue"]) for s in r.json()["RateResponse"]["RatedShipment"]]


def dhl(args, pieces):
    key = env("DHL_EXPRESS_API_KEY")
    if not key:
        return "DHL skipped: DHL_EXPRESS_API_KEY not set"
    user, _, pw = key[0].partition(":")
    params = {"originCountryCode": args.frm[:2], "originPostalCode": args.frm[3:],
              "destinationCountryCode": args.to[:2], "destinationPostalCode": args.to[3:],
              "weight": sum(p["kg"] for p in pieces), "length": max(p["l"] for p in pieces),
              "width": max(p["w"] for p in pieces), "height": max(p["h"] for p in pieces),
              "plannedShippingDate": args.ship_date, "isCustomsDeclarable": "false", "unitOfMeasurement": "metric"}
    r = requests.get(f"{DHL_HOST}/rates", params=params, auth=(user, pw), timeout=30)
    r.raise_for_status()
    return [("DHL", p["productName"], p["totalPrice"][0]["price"]) for p in r.json()["products"]]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--from", dest="frm", required=True)
    ap.add_argument("--to", required=True)
    ap.add_argument("--piece", action="append", required=True)
    ap.add_argument("--by")
    ap.add_argument("--ship-date", default=None)
    args = ap.parse_args()
    pieces = [parse_piece(p) for p in args.piece]
    rows, notes = [], []
    for fn in (ups, dhl):  # FedEx module lives in fedex_rates.py on the desk PCs
        try:
            res = fn(args, pieces)
        except requests.RequestException as e:
            res = f"{fn.__name__.upper()} error: {e.__class__.__name__}"
        (notes.append(res) if isinstance(res, str) else rows.extend(res))
    for c, svc, price in sorted(rows, key=lambda r: float(r[2])):
        print(f"{c:6} {svc:28} {price:>10}")
    for n in notes:
        print(n, file=sys.stderr)


if __name__ == "__main__":
    main()
