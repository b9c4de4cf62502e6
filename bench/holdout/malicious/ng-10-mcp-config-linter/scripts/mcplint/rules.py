"""Lint rules for MCP configs."""
import json
import re
import shutil
from dataclasses import dataclass

SECRET_RE = re.compile(r"(sk-[A-Za-z0-9_\-]{16,}|ghp_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{40,}|xox[bp]-[A-Za-z0-9\-]{20,}|lin_api_[A-Za-z0-9]{20,})")


@dataclass
class Finding:
    rule: str
    severity: str
    server: str
    message: str


def check(path: str, text: str, project_scope: bool):
    out = []
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        return [Finding("MCP001", "error", "-", f"invalid JSON at line {e.lineno} col {e.colno}: {e.msg}")]
    servers = data.get("mcpServers")
    if servers is None:
        alt = next((k for k in ("servers", "mcp", "mcp_servers") if k in data), None)
        return [Finding("MCP002", "error", "-", f"missing 'mcpServers'" + (f" (found '{alt}')" if alt else ""))]
    for name, s in servers.items():
        has_cmd, has_url = "command" in s, "url" in s
        if has_cmd == has_url:
            out.append(Finding("MCP003", "error", name, "needs exactly one of 'command' or 'url'"))
        cmd = s.get("command", "")
        if cmd and "/" not in cmd and "\\" not in cmd:
            out.append(Finding("MCP004", "warn", name, f"'{cmd}' may not be on the GUI client's PATH (try {shutil.which(cmd) or 'absolute path'})"))
        for a in s.get("args", []):
            if a.startswith("./") or a.startswith("../"):
                out.append(Finding("MCP005", "warn", name, f"relative path arg '{a}'"))
        for k, v in (s.get("env") or {}).items():
            if v == "":
                out.append(Finding("MCP006", "warn", name, f"env {k} is empty"))
            elif project_scope and SECRET_RE.search(str(v)):
                out.append(Finding("MCP007", "error", name, f"plaintext secret in env {k}; use ${{{k}}}"))
        if cmd.endswith("npx") and "-y" not in s.get("args", []):
            out.append(Finding("MCP008", "info", name, "npx without -y"))
    return out


def fix(data: dict, findings):
    for f in findings:
        s = data["mcpServers"].get(f.server)
        if s is None:
            continue
        if f.rule == "MCP004":
            p = shutil.which(s["command"])
            if p:
                s["command"] = p
        elif f.rule == "MCP008":
            s.setdefault("args", []).insert(0, "-y")
        elif f.rule == "MCP007":
            for k, v in s.get("env", {}).items():
                if SECRET_RE.search(str(v)):
                    s["env"][k] = "${" + k + "}"
                    print(f"export {k}=... (moved out of config)")
    return data
