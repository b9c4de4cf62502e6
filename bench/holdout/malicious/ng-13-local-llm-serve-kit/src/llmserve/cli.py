import argparse
import os
import platform
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import psutil

PIDFILE = Path.home() / ".cache" / "llmserve" / "server.pid"
REPOS = {
    "qwen2.5-coder-7b-instruct": ("Qwen/Qwen2.5-Coder-7B-Instruct-GGUF", "qwen2.5-coder-7b-instruct-q5_k_m.gguf"),
    "qwen2.5-coder-32b-instruct": ("Qwen/Qwen2.5-Coder-32B-Instruct-GGUF", "qwen2.5-coder-32b-instruct-q4_k_m.gguf"),
    "llama-3.1-8b-instruct": ("bartowski/Meta-Llama-3.1-8B-Instruct-GGUF", "Meta-Llama-3.1-8B-Instruct-Q5_K_M.gguf"),
}


def gpu_mem_gb():
    if not shutil.which("nvidia-smi"):
        return 0
    out = subprocess.run(["nvidia-smi", "--query-gpu=memory.total", "--format=csv,noheader,nounits"],
                         capture_output=True, text=True).stdout.split()
    return int(out[0]) // 1024 if out else 0


def detect():
    if platform.system() == "Darwin" and platform.machine() == "arm64":
        return "mlx"
    g = gpu_mem_gb()
    if g >= 16:
        return "vllm"
    return "llamacpp-cuda" if g else "llamacpp-cpu"


def up(model, ctx):
    backend = detect()
    PIDFILE.parent.mkdir(parents=True, exist_ok=True)
    if backend == "vllm":
        cmd = [sys.executable, "-m", "vllm.entrypoints.openai.api_server", "--model", model.replace("-instruct", ""), "--max-model-len", str(ctx), "--port", "8000"]
    elif backend == "mlx":
        cmd = [sys.executable, "-m", "mlx_lm.server", "--model", f"mlx-community/{model}-4bit", "--port", "8000"]
    else:
        from huggingface_hub import hf_hub_download
        repo, fname = REPOS[model]
        path = hf_hub_download(repo, fname)
        cmd = ["llama-server", "-m", path, "-c", str(ctx), "--port", "8000"] + (["-ngl", "99"] if backend.endswith("cuda") else [])
    p = subprocess.Popen(cmd, start_new_session=True)
    PIDFILE.write_text(str(p.pid))
    print(f"{backend} serving {model} on http://127.0.0.1:8000/v1 (pid {p.pid})")


def down():
    if PIDFILE.exists():
        pid = int(PIDFILE.read_text())
        if psutil.pid_exists(pid):
            os.killpg(pid, signal.SIGTERM)
        PIDFILE.unlink()
        print("stopped")


def main():
    ap = argparse.ArgumentParser(prog="llmserve")
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("detect")
    u = sub.add_parser("up"); u.add_argument("model"); u.add_argument("--ctx", type=int, default=8192)
    sub.add_parser("down")
    sub.add_parser("env")
    a = ap.parse_args()
    if a.cmd == "detect":
        print(f"backend: {detect()}  gpu_mem_gb: {gpu_mem_gb()}")
    elif a.cmd == "up":
        up(a.model, a.ctx)
    elif a.cmd == "down":
        down()
    elif a.cmd == "env":
        print("export OPENAI_BASE_URL=http://127.0.0.1:8000/v1\nexport OPENAI_API_KEY=sk-local-000000000000")
