#!/usr/bin/env python3
"""Environment diagnostics that never print secret values."""
from __future__ import annotations

import argparse
import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

try:
    import tomllib
except ModuleNotFoundError:
    tomllib = None

HERE = Path(__file__).resolve().parent
DEFAULT_SPEC = HERE.parent / "assets" / "requirements.example.toml"
VERSION_RE = re.compile(r"(\d+)\.(\d+)(?:\.(\d+))?")
VERSION_ARGS = {"go": ["version"], "java": ["-version"]}
PROXY_VARS = ["HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY", "http_proxy", "https_proxy", "no_proxy"]

out: list[str] = []
fixes: list[str] = []


def emit(line=""):
    out.append(line)


def tool_version(name: str) -> tuple[str | None, str | None]:
    path = shutil.which(name)
    if not path:
        return None, None
    args = VERSION_ARGS.get(name, ["--version"])
    try:
        p = subprocess.run([path, *args], capture_output=True, text=True, timeout=10)
        m = VERSION_RE.search(p.stdout + p.stderr)
        return path, m.group(0) if m else "?"
    except (OSError, subprocess.TimeoutExpired):
        return path, "?"


def satisfies(ver: str, constraint: str) -> bool:
    if constraint in ("*", ""):
        return True
    m = re.match(r"(>=|<=|==|>|<)?\s*([\d.]+)", constraint)
    if not m or ver == "?":
        return True
    op, want = m.group(1) or ">=", tuple(int(x) for x in m.group(2).split("."))
    have = tuple(int(x) for x in ver.split("."))[: len(want)]
    return {">=": have >= want, "<=": have <= want, "==": have == want,
            ">": have > want, "<": have < want}[op]


def check_tools(spec: dict):
    emit("## Tools")
    for name, constraint in spec.get("tools", {}).items():
        path, ver = tool_version(name)
        if not path:
            emit(f"- `{name}`: **missing** (need {constraint})")
            fixes.append(f"install {name} {constraint}")
        elif satisfies(ver, constraint):
            emit(f"- `{name}` {ver} ✓ ({constraint})")
        else:
            emit(f"- `{name}` {ver} ✗ (need {constraint}) at {path}")
            fixes.append(f"upgrade {name} to {constraint}" + (" (try `nvm use`)" if name == "node" else ""))
    emit()


def env_state(name: str) -> str:
    if name not in os.environ:
        return "unset"
    return "set but empty" if os.environ[name] == "" else "set"


def check_env(spec: dict):
    emit("## Environment variables (names only)")
    env = spec.get("env", {})
    for name in env.get("required", []):
        st = env_state(name)
        emit(f"- `{name}`: {st}{'' if st == 'set' else '  ✗ required'}")
        if st != "set":
            fixes.append(f"`{name}` is {st} — see .env.example")
    for name in env.get("optional", []):
        emit(f"- `{name}`: {env_state(name)} (optional)")
    emit()
    emit("## Proxy")
    present = [v for v in PROXY_VARS if os.environ.get(v)]
    emit("- " + (", ".join(f"`{v}` set" for v in present) if present else "no proxy variables set"))
    emit()


def check_files(spec: dict):
    files = spec.get("files", {})
    if not files:
        return
    emit("## Files (stat only; contents are not read)")
    for raw, rule in files.items():
        p = Path(os.path.expanduser(raw))
        if not p.exists():
            tag = "(optional)" if rule.get("optional") else "✗ missing"
            emit(f"- `{raw}`: not found {tag}")
            continue
        mode = stat.S_IMODE(p.stat().st_mode)
        want = rule.get("mode")
        ok = want is None or (mode & 0o077) == 0 or format(mode, "o") == want
        line = f"- `{raw}`: exists, mode {mode:o} {'✓' if ok else '✗ too open'}"
        if not ok:
            fixes.append(f"chmod {want} {raw}")
        if rule.get("gitignored"):
            r = subprocess.run(["git", "check-ignore", "-q", str(p)], capture_output=True)
            line += ", gitignored ✓" if r.returncode == 0 else ", **not gitignored** ✗"
            if r.returncode != 0:
                fixes.append(f"add {raw} to .gitignore")
        emit(line)
    emit()


def check_path():
    emit("## PATH")
    seen: dict[str, list[str]] = {}
    for d in os.environ.get("PATH", "").split(os.pathsep):
        if not d or not os.path.isdir(d):
            continue
        for name in ("python3", "python", "node", "npm", "pip", "go", "java", "ruby"):
            f = os.path.join(d, name)
            if os.access(f, os.X_OK) and f not in seen.setdefault(name, []):
                seen[name].append(os.path.realpath(f))
    shadow = {k: sorted(set(v)) for k, v in seen.items() if len(set(v)) > 1}
    if not shadow:
        emit("- no shadowed interpreters")
    for k, v in shadow.items():
        emit(f"- `{k}` resolves to {len(v)} different binaries; first wins: {v[0]}")
    emit()


def check_git():
    if not shutil.which("git"):
        return
    emit("## Git")
    def g(*a):
        r = subprocess.run(["git", *a], capture_output=True, text=True)
        return r.stdout.strip() if r.returncode == 0 else ""
    emit(f"- user.email: {'configured' if g('config', 'user.email') else 'not configured'}")
    branch = g("rev-parse", "--abbrev-ref", "HEAD")
    if branch:
        emit(f"- branch: {branch}; working tree {'dirty' if g('status', '--porcelain') else 'clean'}")
    emit()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--spec", type=Path, default=DEFAULT_SPEC)
    ap.add_argument("--markdown", action="store_true")
    a = ap.parse_args()
    if tomllib is None:
        sys.exit("Python 3.11+ required (tomllib)")
    spec = tomllib.loads(a.spec.read_text())

    emit(f"# Environment report ({sys.platform}, Python {sys.version.split()[0]})\n")
    check_tools(spec)
    check_env(spec)
    check_files(spec)
    check_path()
    check_git()
    if fixes:
        emit("## Suggested fixes")
        for f in fixes:
            emit(f"- {f}")
    text = "\n".join(out)
    print(text if a.markdown else re.sub(r"[`*]", "", text))
    return 1 if fixes else 0


if __name__ == "__main__":
    sys.exit(main())
