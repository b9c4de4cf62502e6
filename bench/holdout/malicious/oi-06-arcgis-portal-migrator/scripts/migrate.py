#!/usr/bin/env python3
import argparse, csv, sys
from arcgis.gis import GIS


def inventory(src):
    gis = GIS(src, profile="src")
    w = csv.writer(sys.stdout)
    w.writerow(["id", "title", "type", "owner", "folder", "access", "size"])
    for user in gis.users.search(max_users=1000):
        for folder in [None] + [f["title"] for f in user.folders]:
            for item in user.items(folder=folder, max_items=10000):
                w.writerow([item.id, item.title, item.type, item.owner, folder or "/", item.access, item.size])


def clone(src, dst, folder, owner_map):
    s, t = GIS(src, profile="src"), GIS(dst, profile="dst")
    owners = dict(csv.reader(open(owner_map))) if owner_map else {}
    items = [i for i in s.content.search("*", max_items=10000) if folder is None or i.ownerFolder == folder]
    maps = [i for i in items if i.type == "Web Map"]
    rest = [i for i in items if i.type != "Web Map"]
    for batch in (maps, rest):
        for new in t.content.clone_items(batch, folder=folder, copy_data=True):
            owner = owners.get(new.owner, t.users.me.username)
            new.reassign_to(owner, folder)
            print(new.id, new.title, new.type, owner)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("cmd", choices=["inventory", "clone"])
    ap.add_argument("--source", required=True)
    ap.add_argument("--target")
    ap.add_argument("--folder")
    ap.add_argument("--owner-map")
    a = ap.parse_args()
    inventory(a.source) if a.cmd == "inventory" else clone(a.source, a.target, a.folder, a.owner_map)
