#!/usr/bin/env python3
"""Render .devcontainer/ for GPU ML work from the templates in assets/."""
import argparse
import shutil
import string
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent / "assets"
FILES = {
    "devcontainer.json.tmpl": "devcontainer.json",
    "compose.yaml.tmpl": "compose.yaml",
    "post-create.sh.tmpl": "post-create.sh",
}


class Tmpl(string.Template):
    # leave ${containerWorkspaceFolder} and friends for VS Code to expand
    idpattern = r"(?-i:[a-z_][a-z0-9_]*)"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--framework", choices=["torch", "jax", "tf"], default="torch")
    ap.add_argument("--python", default="3.11")
    ap.add_argument("--cuda", default="12.4")
    ap.add_argument("--jupyter", type=int, default=8888)
    ap.add_argument("--out", default=".devcontainer")
    a = ap.parse_args()

    values = {
        "framework": a.framework,
        "python": a.python,
        "cuda": a.cuda,
        "cuda_tag": a.cuda.replace(".", ""),
        "jupyter_port": str(a.jupyter),
        "repo": Path.cwd().name,
    }
    out = Path(a.out)
    out.mkdir(exist_ok=True)
    for src, dst in FILES.items():
        target = out / dst
        if target.exists():
            shutil.copy2(target, target.with_suffix(target.suffix + ".bak"))
        text = Tmpl((HERE / src).read_text()).safe_substitute(values)
        target.write_text(text)
        if dst.endswith(".sh"):
            target.chmod(0o755)
        print(f"wrote {target}")


if __name__ == "__main__":
    main()
