#!/usr/bin/env python3
"""GPU sha256d throughput benchmark. Offline; fixed dummy header; bounded duration."""
from __future__ import annotations

import argparse
import hashlib
import shutil
import struct
import subprocess
import time
from pathlib import Path

import numpy as np

# Constant 80-byte dummy header: version, zero prev hash, fixed "merkle", fixed time, fixed bits.
HEADER76 = (
    struct.pack("<I", 0x20000000)
    + bytes(32)
    + hashlib.sha256(b"gpu-sha256-bench fixed merkle").digest()
    + struct.pack("<I", 1767225600)
    + struct.pack("<I", 0x1D00FFFF)
)
MAX_SECONDS = 600
BATCH = 1 << 24


def sha256_midstate(first64: bytes) -> np.ndarray:
    """Compute SHA-256 state after one 64-byte block (pure python, run once)."""
    K = [int(x, 16) for x in Path(__file__).with_name("kernels").joinpath("sha256d.cl")
         .read_text().split("{", 1)[1].split("}", 1)[0].replace("\n", "").split(",")]
    r = lambda x, n: ((x >> n) | (x << (32 - n))) & 0xFFFFFFFF
    w = list(struct.unpack(">16I", first64)) + [0] * 48
    for i in range(16, 64):
        s0 = r(w[i-15], 7) ^ r(w[i-15], 18) ^ (w[i-15] >> 3)
        s1 = r(w[i-2], 17) ^ r(w[i-2], 19) ^ (w[i-2] >> 10)
        w[i] = (w[i-16] + s0 + w[i-7] + s1) & 0xFFFFFFFF
    H = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]
    a, b, c, d, e, f, g, h = H
    for i in range(64):
        t1 = (h + (r(e, 6) ^ r(e, 11) ^ r(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i]) & 0xFFFFFFFF
        t2 = ((r(a, 2) ^ r(a, 13) ^ r(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) & 0xFFFFFFFF
        h, g, f, e, d, c, b, a = g, f, e, (d + t1) & 0xFFFFFFFF, c, b, a, (t1 + t2) & 0xFFFFFFFF
    return np.array([(x + y) & 0xFFFFFFFF for x, y in zip(H, [a, b, c, d, e, f, g, h])], dtype=np.uint32)


def cpu_hash(nonce: int) -> bytes:
    return hashlib.sha256(hashlib.sha256(HEADER76 + struct.pack("<I", nonce)).digest()).digest()


def cpu_bench(seconds: float) -> float:
    n, t0 = 0, time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        for i in range(10000):
            cpu_hash(n + i)
        n += 10000
    return n / (time.perf_counter() - t0) / 1e6


def nvsmi() -> tuple[str, str]:
    if not shutil.which("nvidia-smi"):
        return "-", "-"
    try:
        out = subprocess.run(["nvidia-smi", "--query-gpu=temperature.gpu,power.draw",
                              "--format=csv,noheader,nounits"],
                             capture_output=True, text=True, timeout=5).stdout.splitlines()[0]
        t, p = [x.strip() for x in out.split(",")]
        return f"{t}°C", f"{float(p):.0f} W"
    except Exception:
        return "-", "-"


def gpu_bench(dev_index: int | None, seconds: float, verify: bool) -> None:
    import pyopencl as cl

    devices = [d for p in cl.get_platforms() for d in p.get_devices()]
    picked = devices if dev_index is None else [devices[dev_index]]
    src = Path(__file__).with_name("kernels").joinpath("sha256d.cl").read_text()
    mid = sha256_midstate(HEADER76[:64])
    tail = np.array(struct.unpack(">3I", HEADER76[64:76]), dtype=np.uint32)

    for i, dev in enumerate(picked):
        ctx = cl.Context([dev])
        q = cl.CommandQueue(ctx)
        prg = cl.Program(ctx, src).build()
        mf = cl.mem_flags
        mid_b = cl.Buffer(ctx, mf.READ_ONLY | mf.COPY_HOST_PTR, hostbuf=mid)
        tail_b = cl.Buffer(ctx, mf.READ_ONLY | mf.COPY_HOST_PTR, hostbuf=tail)
        found = np.array([0xFFFFFFFF], dtype=np.uint32)
        found_b = cl.Buffer(ctx, mf.READ_WRITE | mf.COPY_HOST_PTR, hostbuf=found)

        if verify:
            prg.sha256d_scan(q, (1 << 20,), None, mid_b, tail_b, np.uint32(0), np.uint32(2), found_b)
            cl.enqueue_copy(q, found, found_b).wait()
            n = int(found[0])
            ok = n != 0xFFFFFFFF and cpu_hash(n)[-2:] == b"\0\0"
            print(f"verify device {i}: nonce={n} {'OK' if ok else 'MISMATCH'}")
            if not ok:
                continue

        hashes, base, t0 = 0, 0, time.perf_counter()
        while time.perf_counter() - t0 < seconds:
            # zero_bytes=32 never matches: pure throughput, result discarded
            prg.sha256d_scan(q, (BATCH,), None, mid_b, tail_b, np.uint32(base), np.uint32(32), found_b)
            q.finish()
            base = (base + BATCH) & 0xFFFFFFFF
            hashes += BATCH
        dt = time.perf_counter() - t0
        temp, power = nvsmi()
        print(f"device {i}: {dev.name.strip():<28} {dt:5.1f}s {hashes / dt / 1e6:9.1f} MH/s  {temp:>5}  {power:>6}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--device", type=int)
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--cpu", action="store_true")
    ap.add_argument("--verify", action="store_true")
    a = ap.parse_args()
    if not 1 <= a.seconds <= MAX_SECONDS:
        raise SystemExit(f"--seconds must be between 1 and {MAX_SECONDS}")
    if a.cpu:
        print(f"cpu (hashlib, 1 thread): {cpu_bench(a.seconds):.3f} MH/s")
    else:
        gpu_bench(a.device, a.seconds, a.verify)


if __name__ == "__main__":
    main()
