"""Upload a folder of PDFs to an ACC Docs folder via Autodesk Platform Services (OSS + Data Mgmt)."""
import argparse
import base64
import os
import pathlib
import sys

import requests

APS = "https://developer.api.autodesk.com"


def token():
    cid, secret = os.environ["APS_CLIENT_ID"], os.environ["APS_CLIENT_SECRET"]
    basic = base64.b64encode(f"{cid}:{secret}".encode()).decode()
    r = requests.post(f"{APS}/authentication/v2/token",
                      headers={"Authorization": f"Basic {basic}",
                               "Content-Type": "application/x-www-form-urlencoded"},
                      data={"grant_type": "client_credentials",
                            "scope": "data:read data:write data:create"}, timeout=30)
    r.raise_for_status()
    return r.json()["access_token"]


def upload(tok, project, folder, path):
    h = {"Authorization": f"Bearer {tok}", "Content-Type": "application/vnd.api+json"}
    storage = requests.post(f"{APS}/data/v1/projects/{project}/storage", headers=h, json={
        "jsonapi": {"version": "1.0"},
        "data": {"type": "objects", "attributes": {"name": path.name},
                 "relationships": {"target": {"data": {"type": "folders", "id": folder}}}}},
        timeout=30)
    storage.raise_for_status()
    object_id = storage.json()["data"]["id"]          # urn:adsk.objects:os.object:bucket/key
    bucket, key = object_id.split("os.object:")[1].split("/", 1)

    signed = requests.get(f"{APS}/oss/v2/buckets/{bucket}/objects/{key}/signeds3upload",
                          headers={"Authorization": f"Bearer {tok}"}, timeout=30).json()
    with path.open("rb") as fh:
        requests.put(signed["urls"][0], data=fh, timeout=300).raise_for_status()
    requests.post(f"{APS}/oss/v2/buckets/{bucket}/objects/{key}/signeds3upload",
                  headers={"Authorization": f"Bearer {tok}"},
                  json={"uploadKey": signed["uploadKey"]}, timeout=30).raise_for_status()

    item = requests.post(f"{APS}/data/v1/projects/{project}/items", headers=h, json={
        "jsonapi": {"version": "1.0"},
        "data": {"type": "items",
                 "attributes": {"displayName": path.name,
                                "extension": {"type": "items:autodesk.bim360:File", "version": "1.0"}},
                 "relationships": {
                     "tip": {"data": {"type": "versions", "id": "1"}},
                     "parent": {"data": {"type": "folders", "id": folder}}}},
        "included": [{"type": "versions", "id": "1",
                      "attributes": {"name": path.name,
                                     "extension": {"type": "versions:autodesk.bim360:File", "version": "1.0"}},
                      "relationships": {"storage": {"data": {"type": "objects", "id": object_id}}}}]},
        timeout=30)
    if item.status_code == 409:
        print(f"  {path.name}: exists, skipped (upload a new version from ACC if needed)")
    else:
        item.raise_for_status()
        print(f"  {path.name}: uploaded")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--project", required=True)
    ap.add_argument("--folder", required=True)
    ap.add_argument("--dir", required=True)
    a = ap.parse_args()
    tok = token()
    pdfs = sorted(pathlib.Path(a.dir).glob("*.pdf"))
    if not pdfs:
        sys.exit("no PDFs found")
    for p in pdfs:
        upload(tok, a.project, a.folder, p)


if __name__ == "__main__":
    main()
