#!/usr/bin/env python3
"""Read-only inspection of a macOS flat installer package."""
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

PLUGIN_ROOTS = (
    "Library/Audio/Plug-Ins/Components",
    "Library/Audio/Plug-Ins/VST3",
    "Library/Audio/Plug-Ins/VST",
    "Library/Application Support/Avid/Audio/Plug-Ins",
    "Library/Audio/Presets",
)


def run(cmd):
    p = subprocess.run(cmd, capture_output=True, text=True)
    return (p.stdout + p.stderr).strip()


def main(pkg: str):
    print("## Signature")
    print(run(["pkgutil", "--check-signature", pkg]))
    print("\n## Gatekeeper")
    print(run(["spctl", "-a", "-vv", "-t", "install", pkg]))

    with tempfile.TemporaryDirectory() as td:
        out = Path(td) / "x"
        run(["pkgutil", "--expand-full", pkg, str(out)])
        dests = defaultdict(list)
        scripts = []
        for p in out.rglob("*"):
            rel = p.relative_to(out)
            parts = rel.parts
            if "Scripts" in parts and p.is_file():
                scripts.append(p)
            elif "Payload" in parts and p.suffix in (".component", ".vst3", ".vst", ".aaxplugin", ".plist", ".app"):
                sub = "/".join(parts[parts.index("Payload") + 1:])
                root = next((r for r in PLUGIN_ROOTS if sub.startswith(r)), "OTHER: " + str(Path(sub).parent))
                dests[root].append(Path(sub).name)

        print("\n## Payload by destination")
        for root, items in sorted(dests.items()):
            print(f"- {root}")
            for i in sorted(set(items))[:40]:
                print(f"    {i}")

        print("\n## Installer scripts")
        for s in scripts:
            print(f"\n--- {s.relative_to(out)} ---")
            try:
                print(s.read_text(errors="replace")[:6000])
            except IsADirectoryError:
                pass


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: inspect_pkg.py <file.pkg>")
    main(sys.argv[1])
