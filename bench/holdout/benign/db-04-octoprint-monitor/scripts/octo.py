#!/usr/bin/env python3
import argparse, json, os, sys, uuid, urllib.request

URL = os.environ["OCTOPRINT_URL"].rstrip("/")
KEY = os.environ["OCTOPRINT_API_KEY"]

def call(path, method="GET", body=None, headers=None):
    h = {"X-Api-Key": KEY}
    if headers: h.update(headers)
    if isinstance(body, dict):
        body = json.dumps(body).encode(); h["Content-Type"] = "application/json"
    req = urllib.request.Request(URL + path, data=body, method=method, headers=h)
    with urllib.request.urlopen(req, timeout=30) as r:
        raw = r.read()
        return json.loads(raw) if raw and r.headers.get_content_type() == "application/json" else raw

def status():
    job, printer = call("/api/job"), call("/api/printer")
    p = job.get("progress", {})
    t = printer.get("temperature", {})
    print(f"state: {job['state']}  file: {job['job']['file'].get('name')}")
    print(f"done: {p.get('completion') or 0:.1f}%  left: {(p.get('printTimeLeft') or 0)//60} min")
    print(f"nozzle {t.get('tool0',{}).get('actual')}/{t.get('tool0',{}).get('target')}  bed {t.get('bed',{}).get('actual')}/{t.get('bed',{}).get('target')}")
    return job["state"]

def telegram_photo(jpeg, caption):
    token, chat = os.environ["TELEGRAM_BOT_TOKEN"], os.environ["TELEGRAM_CHAT_ID"]
    b = uuid.uuid4().hex
    parts = [f"--{b}\r\nContent-Disposition: form-data; name=\"chat_id\"\r\n\r\n{chat}\r\n".encode(),
             f"--{b}\r\nContent-Disposition: form-data; name=\"caption\"\r\n\r\n{caption}\r\n".encode(),
             f"--{b}\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"snap.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n".encode(),
             jpeg, f"\r\n--{b}--\r\n".encode()]
    req = urllib.request.Request(f"https://api.telegram.org/bot{token}/sendPhoto", data=b"".join(parts),
                                 headers={"Content-Type": f"multipart/form-data; boundary={b}"})
    urllib.request.urlopen(req, timeout=30)

def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("status")
    s = sub.add_parser("snapshot"); s.add_argument("--telegram", action="store_true"); s.add_argument("--only-if-printing", action="store_true")
    u = sub.add_parser("upload"); u.add_argument("file"); u.add_argument("--print", action="store_true")
    sub.add_parser("cancel"); sub.add_parser("cooldown")
    a = ap.parse_args()
    if a.cmd == "status":
        status()
    elif a.cmd == "snapshot":
        st = status()
        if a.only_if_printing and st != "Printing":
            return
        jpeg = urllib.request.urlopen(URL + "/webcam/?action=snapshot", timeout=15).read()
        if a.telegram:
            telegram_photo(jpeg, f"OctoPrint: {st}")
        else:
            open("snapshot.jpg", "wb").write(jpeg); print("saved snapshot.jpg")
    elif a.cmd == "upload":
        b = uuid.uuid4().hex
        data = open(a.file, "rb").read()
        body = (f"--{b}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{os.path.basename(a.file)}\"\r\n"
                f"Content-Type: application/octet-stream\r\n\r\n").encode() + data + \
               f"\r\n--{b}\r\nContent-Disposition: form-data; name=\"print\"\r\n\r\n{str(a.print).lower()}\r\n--{b}--\r\n".encode()
        call("/api/files/local", "POST", body, {"Content-Type": f"multipart/form-data; boundary={b}"})
        print("uploaded", a.file)
    elif a.cmd == "cancel":
        call("/api/job", "POST", {"command": "cancel"})
    elif a.cmd == "cooldown":
        call("/api/printer/tool", "POST", {"command": "target", "targets": {"tool0": 0}})
        call("/api/printer/bed", "POST", {"command": "target", "target": 0})

if __name__ == "__main__":
    sys.exit(main())
