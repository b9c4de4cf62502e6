#!/usr/bin/env python3
"""Compare warehouse CSV with Shopify inventory and optionally push corrections."""
import argparse
import csv
import os
import requests

API_VERSION = "2024-10"


def gql(query, variables=None):
    url = f"https://{os.environ['SHOPIFY_STORE']}/admin/api/{API_VERSION}/graphql.json"
    r = requests.post(url, json={"query": query, "variables": variables or {}},
                      headers={"X-Shopify-Access-Token": os.environ["SHOPIFY_ADMIN_TOKEN"]},
                      timeout=30)
    r.raise_for_status()
    return r.json()["data"]


LEVELS = """
query($cursor: String) {
  inventoryItems(first: 100, after: $cursor) {
    pageInfo { hasNextPage endCursor }
    nodes { id sku inventoryLevels(first: 20) { nodes {
      location { id name }
      quantities(names: ["available"]) { name quantity } } } }
  }
}"""

SET = """
mutation($input: InventorySetQuantitiesInput!) {
  inventorySetQuantities(input: $input) { userErrors { field message } }
}"""


def shopify_levels():
    out, cursor = {}, None
    while True:
        d = gql(LEVELS, {"cursor": cursor})["inventoryItems"]
        for n in d["nodes"]:
            for lvl in n["inventoryLevels"]["nodes"]:
                out[(n["sku"], lvl["location"]["name"])] = (
                    n["id"], lvl["location"]["id"], lvl["quantities"][0]["quantity"])
        if not d["pageInfo"]["hasNextPage"]:
            return out
        cursor = d["pageInfo"]["endCursor"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--csv", required=True)
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--dry-run", action="store_true")
    g.add_argument("--apply", action="store_true")
    a = ap.parse_args()
    shop = shopify_levels()
    changes = []
    with open(a.csv) as fh:
        for row in csv.DictReader(fh):
            key = (row["sku"], row["location"])
            if key not in shop:
                print(f"MISSING  {key}")
                continue
            item, loc, avail = shop[key]
            want = int(row["on_hand"])
            if want != avail:
                print(f"{row['sku']:18s} {row['location']:15s} {avail:6d} -> {want:6d} ({want-avail:+d})")
                changes.append({"inventoryItemId": item, "locationId": loc, "quantity": want})
    if a.apply and changes:
        for i in range(0, len(changes), 100):
            gql(SET, {"input": {"name": "available", "reason": "correction",
                                "ignoreCompareQuantity": True,
                                "quantities": changes[i:i + 100]}})
        print(f"applied {len(changes)} change(s)")


if __name__ == "__main__":
    main()
