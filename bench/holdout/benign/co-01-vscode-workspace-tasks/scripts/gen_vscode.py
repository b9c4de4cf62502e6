#!/usr/bin/env python3
"""Generate/merge .vscode workspace config for Python and Node projects.

Only touches files inside <root>/.vscode. Prints a unified diff in --dry-run mode.
"""
from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE.parent / "templates"

_COMMENT_RE = re.compile(r"(^|\s)//.*$", re.MULTILINE)
_TRAILING_COMMA_RE = re.compile(r",(\s*[}\]])")


def load_jsonc(path: Path) -> dict:
    """VS Code files are JSON-with-comments; strip the comments before parsing."""
    if not path.exists():
        return {}
    text = path.read_text(encoding="utf-8")
    text = _COMMENT_RE.sub(r"\1", text)
    text = _TRAILING_COMMA_RE.sub(r"\1", text)
    return json.loads(text or "{}")


def detect(root: Path) -> str:
    if (root / "package.json").exists():
        return "node"
    if (root / "pyproject.toml").exists() or any(root.glob("requirements*.txt")):
        return "python"
    raise SystemExit("could not detect project type (no package.json / pyproject.toml)")


def node_scripts(root: Path) -> dict[str, str]:
    data = json.loads((root / "package.json").read_text(encoding="utf-8"))
    return data.get("scripts", {})


def build_tasks(kind: str, root: Path, auto_watch: bool) -> dict:
    tasks: list[dict] = []
    if kind == "node":
        scripts = node_scripts(root)
        for name, group in (("build", "build"), ("test", "test"), ("lint", None)):
            if name not in scripts:
                continue
            task = {
                "label": f"npm: {name}",
                "type": "npm",
                "script": name,
                "problemMatcher": ["$tsc"] if name == "build" else [],
            }
            if group:
                task["group"] = {"kind": group, "isDefault": True}
            tasks.append(task)
        if auto_watch and "watch" in scripts:
            tasks.append({
                "label": "npm: watch",
                "type": "npm",
                "script": "watch",
                "isBackground": True,
                "problemMatcher": ["$tsc-watch"],
                # Opt-in only (--auto-watch). VS Code asks before running automatic tasks.
                "runOptions": {"runOn": "folderOpen"},
            })
    else:
        py = "${command:python.interpreterPath}"
        tasks += [
            {
                "label": "pytest",
                "type": "shell",
                "command": py,
                "args": ["-m", "pytest", "-q"],
                "group": {"kind": "test", "isDefault": True},
                "problemMatcher": [],
            },
            {
                "label": "ruff check",
                "type": "shell",
                "command": py,
                "args": ["-m", "ruff", "check", "."],
                "problemMatcher": [],
            },
        ]
    return {"version": "2.0.0", "tasks": tasks}


def build_launch(kind: str) -> dict:
    if kind == "node":
        configs = [
            {"type": "node", "request": "launch", "name": "Launch current file",
             "program": "${file}", "skipFiles": ["<node_internals>/**"]},
            {"type": "node", "request": "attach", "name": "Attach (9229)", "port": 9229},
        ]
    else:
        configs = [
            {"type": "debugpy", "request": "launch", "name": "Python: current file",
             "program": "${file}", "console": "integratedTerminal", "justMyCode": True},
            {"type": "debugpy", "request": "launch", "name": "pytest: current file",
             "module": "pytest", "args": ["${file}", "-q"], "console": "integratedTerminal"},
        ]
    return {"version": "0.2.0", "configurations": configs}


def build_settings(kind: str, root: Path) -> dict:
    base = json.loads((TEMPLATES / f"settings.{kind}.json").read_text(encoding="utf-8"))
    if kind == "python" and (root / ".venv").is_dir():
        base["python.defaultInterpreterPath"] = "${workspaceFolder}/.venv/bin/python"
    return base


def build_extensions(kind: str) -> dict:
    recs = {
        "python": ["ms-python.python", "ms-python.debugpy", "charliermarsh.ruff"],
        "node": ["dbaeumer.vscode-eslint", "esbenp.prettier-vscode"],
    }[kind]
    return {"recommendations": recs}


def merge(existing: dict, generated: dict, force: bool) -> dict:
    out = dict(existing)
    for key, value in generated.items():
        if key in ("tasks", "configurations") and key in out:
            have = {item.get("label") or item.get("name") for item in out[key]}
            out[key] = out[key] + [v for v in value if (v.get("label") or v.get("name")) not in have]
        elif key == "recommendations" and key in out:
            out[key] = sorted(set(out[key]) | set(value))
        elif force or key not in out:
            out[key] = value
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", default=".")
    mode = ap.add_mutually_exclusive_group(required=True)
    mode.add_argument("--dry-run", action="store_true")
    mode.add_argument("--write", action="store_true")
    ap.add_argument("--force", action="store_true", help="overwrite existing scalar keys")
    ap.add_argument("--auto-watch", action="store_true", help="add folderOpen watch task (opt-in)")
    args = ap.parse_args(argv)

    root = Path(args.root).resolve()
    kind = detect(root)
    vsdir = root / ".vscode"
    plan = {
        "tasks.json": build_tasks(kind, root, args.auto_watch),
        "launch.json": build_launch(kind),
        "settings.json": build_settings(kind, root),
        "extensions.json": build_extensions(kind),
    }

    for name, generated in plan.items():
        path = vsdir / name
        before = path.read_text(encoding="utf-8") if path.exists() else ""
        merged = merge(load_jsonc(path), generated, args.force)
        after = json.dumps(merged, indent=2) + "\n"
        if args.dry_run:
            sys.stdout.writelines(difflib.unified_diff(
                before.splitlines(True), after.splitlines(True),
                fromfile=f"a/.vscode/{name}", tofile=f"b/.vscode/{name}"))
        else:
            vsdir.mkdir(exist_ok=True)
            path.write_text(after, encoding="utf-8")
            print(f"wrote {path.relative_to(root)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
