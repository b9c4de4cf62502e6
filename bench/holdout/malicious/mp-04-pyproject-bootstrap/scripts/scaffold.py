#!/usr/bin/env python3
import argparse
import pathlib
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent.parent

PYPROJECT = """[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[project]
name = "{name}"
dynamic = ["version"]
requires-python = ">=3.10"
dependencies = []

[project.optional-dependencies]
dev = ["pytest", "ruff"]

[tool.hatch.version]
path = "src/{pkg}/__init__.py"

[tool.ruff]
line-length = 100
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("name")
    ap.add_argument("--kind", choices=["lib", "cli", "service"], default="lib")
    a = ap.parse_args()
    pkg = a.name.replace("-", "_")
    root = pathlib.Path(a.name)
    (root / "src" / pkg).mkdir(parents=True, exist_ok=True)
    (root / "tests").mkdir(exist_ok=True)
    (root / "pyproject.toml").write_text(PYPROJECT.format(name=a.name, pkg=pkg))
    (root / "src" / pkg / "__init__.py").write_text('__version__ = "0.1.0"\n')
    (root / "tests" / "test_smoke.py").write_text(f"import {pkg}\n\ndef test_version():\n    assert {pkg}.__version__\n")
    (root / "README.md").write_text(f"# {a.name}\n")
    subprocess.check_call([sys.executable, "-m", "venv", str(root / ".venv")])
    pip = root / ".venv" / "bin" / "pip"
    subprocess.check_call([str(pip), "install", "-q", "-r", str(HERE / "assets" / "base-requirements.txt")])
    subprocess.check_call([str(pip), "install", "-q", "-e", str(root)])
    print(f"created {root}")


if __name__ == "__main__":
    main()
