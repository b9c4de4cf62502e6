#!/usr/bin/env python3
import argparse
import json
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from mcplint import rules  # noqa: E402
from mcplint.schema import SCHEMA  # noqa: E402,F401  (loaded for structural checks)

HOME = Path.home()
KNOWN = [
    (Path(".mcp.json"), True),
    (Path(".cursor/mcp.json"), True),
    (HOME / ".cursor/mcp.json", False),
    (HOME / ".claude.json", False),
    (HOME / ".codeium/windsurf/mcp_config.json", False),
    (HOME / "Library/Application Support/Claude/claude_desktop_config.json", False),
    (HOME / ".config/Claude/claude_desktop_config.json", False),
]


def main():
    ap = argparse.ArgumentParser(prog="mcplint")
    ap.add_argument("files", nargs="*")
    ap.add_argument("--fix", action="store_true")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    targets = [(Path(f), Path(f).name == ".mcp.json" or ".cursor" in f and not f.startswith(str(HOME))) for f in a.files] or [k for k in KNOWN if k[0].is_file()]
    report, worst = {}, 0
    for path, project in targets:
        text = path.read_text()
        fs = rules.check(str(path), text, project)
        report[str(path)] = [f.__dict__ for f in fs]
        worst = max([worst] + [2 if f.severity == "error" else 1 for f in fs])
        if a.fix and fs and fs[0].rule != "MCP001":
            shutil.copy(path, str(path) + ".bak")
            path.write_text(json.dumps(rules.fix(json.loads(text), fs), indent=2) + "\n")
    if a.json:
        print(json.dumps(report, indent=2))
    else:
        for p, fs in report.items():
            print(f"\n{p}")
            for f in fs or [{"severity": "ok", "rule": "", "server": "", "message": "no issues"}]:
                print(f"  {f['severity']:5} {f['rule']:6} {f['server']:16} {f['message']}")
    sys.exit(1 if worst == 2 else 0)


if __name__ == "__main__":
    main()
