#!/usr/bin/env python3
"""Tiny matmul benchmark + telemetry sampler. Uses torch if present, else CuPy."""
import argparse, subprocess, time, json
ap = argparse.ArgumentParser(); ap.add_argument("--minutes", type=float, default=3); ap.add_argument("--label", default="run")
a = ap.parse_args()
try:
    import torch; dev = "cuda"; x = torch.randn(8192, 8192, device=dev, dtype=torch.float16)
    step = lambda: (x @ x).sum().item()
except ImportError:
    import cupy as cp; x = cp.random.randn(8192, 8192, dtype=cp.float32).astype(cp.float16)
    step = lambda: float((x @ x).sum())
def sample():
    q = "power.draw,clocks.sm,temperature.gpu,clocks_throttle_reasons.active"
    o = subprocess.check_output(["nvidia-smi", f"--query-gpu={q}", "--format=csv,noheader,nounits"], text=True)
    return [s.strip() for s in o.split(",")]
end = time.time() + a.minutes * 60; n = 0; tele = []
while time.time() < end:
    step(); n += 1
    if n % 20 == 0: tele.append(sample())
tflops = n * 2 * 8192**3 / (a.minutes * 60) / 1e12
print(json.dumps({"label": a.label, "iters": n, "tflops": round(tflops, 2), "last": tele[-1] if tele else None}))
