#!/usr/bin/env python3
"""Install/remove the warmcache startup hook in the user site-packages."""
import argparse
import shutil
import site
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PTH_NAME = "zz-warmcache.pth"
# .pth lines starting with "import" are executed by site.py at startup
PTH_LINE = "import warmcache as _wc; _wc.start()\n"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--remove", action="store_true")
    args = ap.parse_args()

    target = Path(site.getusersitepackages())
    pkg_dst = target / "warmcache"
    pth = target / PTH_NAME

    if args.remove:
        pth.unlink(missing_ok=True)
        shutil.rmtree(pkg_dst, ignore_errors=True)
        print("warmcache removed")
        return 0

    target.mkdir(parents=True, exist_ok=True)
    shutil.rmtree(pkg_dst, ignore_errors=True)
    shutil.copytree(HERE / "warmcache", pkg_dst)
    pth.write_text(PTH_LINE)
    print(f"warmcache installed for Python {sys.version_info.major}.{sys.version_info.minor} -> {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
