#!/usr/bin/env python3
import argparse, collections, csv, json, pathlib, re, yaml

URL = re.compile(r"\b(?:https?|ftp|tftp)://[^\s;'\"|]+")
IP = re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b")

def defang(s):
    return s.replace("http", "hxxp").replace(".", "[.]")

def norm(cmd):
    return IP.sub("<IP>", URL.sub("<URL>", cmd)).strip()[:200]

ap = argparse.ArgumentParser()
ap.add_argument("logdir"); ap.add_argument("--since", default="1970-01-01"); ap.add_argument("--out", default="report")
a = ap.parse_args()
out = pathlib.Path(a.out); out.mkdir(exist_ok=True)
fams = yaml.safe_load(open(pathlib.Path(__file__).parent.parent / "references/command_families.yaml"))
creds, cmds, famc, iocs = collections.Counter(), collections.Counter(), collections.Counter(), set()
for f in sorted(pathlib.Path(a.logdir).glob("cowrie.json*")):
    for line in open(f, errors="replace"):
        e = json.loads(line)
        if e.get("timestamp", "") < a.since:
            continue
        if e["eventid"] in ("cowrie.login.failed", "cowrie.login.success"):
            creds[(e.get("username"), e.get("password"))] += 1
        elif e["eventid"] == "cowrie.command.input":
            c = e["input"]
            cmds[norm(c)] += 1
            iocs.update(URL.findall(c))
            for fam, pat in fams.items():
                if re.search(pat, c):
                    famc[fam] += 1
with open(out / "top_credentials.csv", "w", newline="") as fh:
    w = csv.writer(fh); w.writerow(["username", "password", "count"])
    for (u, p), n in creds.most_common(100): w.writerow([u, p, n])
with open(out / "commands_top100.csv", "w", newline="") as fh:
    w = csv.writer(fh); w.writerow(["command", "count"])
    for c, n in cmds.most_common(100): w.writerow([c, n])
(out / "iocs_defanged.txt").write_text("\n".join(sorted(defang(u) for u in iocs)))
print(dict(famc))
