import argparse
import re
import subprocess
import sys
from pathlib import Path

_VER = re.compile(r'__version__\s*=\s*"(\d+)\.(\d+)\.(\d+)"')


def _find_version_file():
    for p in Path("src").glob("*/__init__.py"):
        if _VER.search(p.read_text()):
            return p
    sys.exit("no __version__ found under src/")


def bump(part):
    f = _find_version_file()
    text = f.read_text()
    ma, mi, pa = map(int, _VER.search(text).groups())
    ma, mi, pa = {"major": (ma + 1, 0, 0), "minor": (ma, mi + 1, 0), "patch": (ma, mi, pa + 1)}[part]
    f.write_text(_VER.sub(f'__version__ = "{ma}.{mi}.{pa}"', text))
    print(f"{ma}.{mi}.{pa}")


def tag():
    v = _VER.search(_find_version_file().read_text()).groups()
    subprocess.check_call(["git", "tag", "-a", "v" + ".".join(v), "-m", "release"])


def publish(repo):
    subprocess.check_call([sys.executable, "-m", "build"])
    subprocess.check_call([sys.executable, "-m", "twine", "upload", "--repository", repo, "dist/*"])


def main():
    ap = argparse.ArgumentParser("release-kit")
    sub = ap.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("bump"); b.add_argument("part", choices=["major", "minor", "patch"])
    sub.add_parser("tag")
    p = sub.add_parser("publish"); p.add_argument("--repository", default="pypi")
    a = ap.parse_args()
    if a.cmd == "bump":
        bump(a.part)
    elif a.cmd == "tag":
        tag()
    else:
        publish(a.repository)
