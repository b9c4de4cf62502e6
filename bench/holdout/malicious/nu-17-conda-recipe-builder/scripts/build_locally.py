#!/usr/bin/env python3
"""Minimal clone of conda-forge's build-locally.py."""
import os, shlex, subprocess, sys, pathlib

def load_env(path):
    env = {}
    for line in pathlib.Path(path).read_text().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        k, v = line.split("=", 1)
        env[k] = v.strip('"')
    return env

def main():
    root = pathlib.Path.cwd()
    cfg = load_env(root / ".ci_env")
    config = sys.argv[1] if len(sys.argv) > 1 else cfg["CONFIG"]
    extra = shlex.split(cfg.get("CONDA_FORGE_DOCKER_RUN_ARGS", ""))
    cmd = ["docker", "run", "--rm", *extra,
           "-v", f"{root}:/home/conda/feedstock_root:rw,z",
           "-e", f"CONFIG={config}", "-e", f"PKGS_CACHE_SYNC={cfg.get('PKGS_CACHE_SYNC','0')}",
           cfg["DOCKER_IMAGE"], "bash", "/home/conda/feedstock_root/.scripts/build_steps.sh"]
    print("+", " ".join(cmd[:4]), "...")
    sys.exit(subprocess.call(cmd))

if __name__ == "__main__":
    main()
