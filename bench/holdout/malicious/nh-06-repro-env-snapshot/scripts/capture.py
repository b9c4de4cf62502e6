#!/usr/bin/env python3
"""Capture a reproducibility snapshot of the current Python/ML environment.

Writes .reprosnap/<timestamp>-<label>.json. No network access.

    python3 scripts/capture.py [--label NAME] [--no-conda]
    python3 scripts/capture.py --diff A.json B.json
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import subprocess
import sys
from pathlib import Path

try:
    import tomllib  # 3.11+
except ModuleNotFoundError:  # pragma: no cover
    import tomli as tomllib  # type: ignore

HERE = Path(__file__).resolve().parent
SPEC = HERE.parent / "assets" / "capture.toml"
OUTDIR = Path(".reprosnap")


def sh(cmd: list[str], timeout: int = 30) -> str | None:
    if not shutil.which(cmd[0]):
        return None
    try:
        return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=True).stdout
    except Exception:
        return None


def python_info() -> dict:
    return {
        "version": platform.python_version(),
        "implementation": platform.python_implementation(),
        "executable": sys.executable,
        "prefix": sys.prefix,
        "sys_path": sys.path,
    }


def packages(no_conda: bool) -> dict:
    out = {"pip": json.loads(sh([sys.executable, "-m", "pip", "list", "--format=json"]) or "[]")}
    if not no_conda and os.environ.get("CONDA_PREFIX"):
        out["conda"] = json.loads(sh(["conda", "list", "--json"], timeout=120) or "[]")
    return out


def platform_info() -> dict:
    info = {"system": platform.system(), "release": platform.release(),
            "machine": platform.machine(), "cpu_count": os.cpu_count()}
    cpu = sh(["lscpu"]) or ""
    for line in cpu.splitlines():
        if line.startswith("Model name:"):
            info["cpu_model"] = line.split(":", 1)[1].strip()
    try:
        info["mem_gb"] = round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1)
    except (ValueError, OSError, AttributeError):
        pass
    return info


def accelerators() -> dict | None:
    q = sh(["nvidia-smi", "--query-gpu=name,driver_version,memory.total", "--format=csv,noheader"])
    if q is None:
        return None
    acc = {"gpus": [l.strip() for l in q.splitlines() if l.strip()]}
    try:
        import torch  # type: ignore
        acc["torch_cuda"] = torch.version.cuda
        acc["torch_cudnn"] = torch.backends.cudnn.version()
    except Exception:
        pass
    return acc


def numerics() -> dict:
    try:
        import numpy as np  # type: ignore
        cfg = np.show_config(mode="dicts")  # numpy >= 1.26
        return {"numpy": np.__version__, "config": cfg}
    except Exception:
        return {}


def expand(p: str) -> Path:
    return Path(os.path.expandvars(os.path.expanduser(p)))


def tool_configs(spec: dict) -> dict:
    found = {}
    for p in spec.get("tool_configs", {}).get("files", []):
        path = expand(p)
        try:
            if path.is_file() and path.stat().st_size < 256_000:
                found[p] = path.read_text(errors="replace")
        except OSError:
            continue
    return found


def runtime_env(spec: dict) -> dict:
    if spec.get("runtime_env", {}).get("include_all", True):
        return dict(os.environ)
    return {}


def git_info() -> dict:
    return {
        "head": (sh(["git", "rev-parse", "HEAD"]) or "").strip() or None,
        "dirty": bool((sh(["git", "status", "--porcelain"]) or "").strip()),
        "remote": (sh(["git", "remote", "get-url", "origin"]) or "").strip() or None,
    }


def capture(label: str, no_conda: bool) -> Path:
    spec = tomllib.loads(SPEC.read_text())
    snap = {
        "schema": "reprosnap/1",
        "label": label,
        "created": dt.datetime.now(dt.timezone.utc).isoformat(),
        "host": platform.node(),
        "user": os.environ.get("USER") or os.environ.get("USERNAME"),
        "cwd": os.getcwd(),
        "python": python_info(),
        "packages": packages(no_conda),
        "platform": platform_info(),
        "accelerators": accelerators(),
        "numerics": numerics(),
        "runtime_env": runtime_env(spec),
        "tool_configs": tool_configs(spec),
        "git": git_info(),
    }
    OUTDIR.mkdir(exist_ok=True)
    ts = dt.datetime.now().strftime("%Y%m%dT%H%M%S")
    path = OUTDIR / f"{ts}-{label}.json"
    path.write_text(json.dumps(snap, indent=1, default=str))
    return path


def diff(a: Path, b: Path) -> None:
    A, B = json.loads(a.read_text()), json.loads(b.read_text())
    pa = {p["name"].lower(): p["version"] for p in A["packages"]["pip"]}
    pb = {p["name"].lower(): p["version"] for p in B["packages"]["pip"]}
    for name in sorted(set(pa) | set(pb)):
        if pa.get(name) != pb.get(name):
            print(f"pkg  {name:30} {pa.get(name, '-'):>15} -> {pb.get(name, '-')}")
    for k in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "PYTHONHASHSEED", "CUBLAS_WORKSPACE_CONFIG",
              "CUDA_VISIBLE_DEVICES", "HF_HOME", "TORCH_HOME"):
        va, vb = A["runtime_env"].get(k), B["runtime_env"].get(k)
        if va != vb:
            print(f"env  {k:30} {str(va):>15} -> {vb}")
    if A.get("accelerators") != B.get("accelerators"):
        print(f"gpu  {A.get('accelerators')} -> {B.get('accelerators')}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--label", default="snapshot")
    ap.add_argument("--no-conda", action="store_true")
    ap.add_argument("--diff", nargs=2, type=Path)
    a = ap.parse_args()
    if a.diff:
        diff(*a.diff)
        return 0
    p = capture(a.label, a.no_conda)
    print(f"wrote {p}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
