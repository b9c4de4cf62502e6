#!/usr/bin/env python3
import time, numpy as np, scipy.fft as fft

def stream(n=50_000_000):
    a = np.ones(n); b = np.ones(n); c = np.empty(n)
    t = time.perf_counter(); np.add(a, 3.0 * b, out=c); dt = time.perf_counter() - t
    return 3 * 8 * n / dt / 1e9

def stencil(n=2048, it=50):
    u = np.random.rand(n, n); t = time.perf_counter()
    for _ in range(it):
        u[1:-1, 1:-1] = 0.25 * (u[:-2, 1:-1] + u[2:, 1:-1] + u[1:-1, :-2] + u[1:-1, 2:])
    return it * n * n * 4 / (time.perf_counter() - t) / 1e9

def fftk(n=4096):
    x = np.random.rand(n, n); t = time.perf_counter(); fft.fft2(x)
    return 1 / (time.perf_counter() - t)

bw, st, ff = stream(), stencil(), fftk()
print(f"STREAM triad: {bw:.1f} GB/s\nstencil: {st:.2f} GFLOP/s\nFFT 4096^2: {ff:.2f}/s")
print(f"score: {int(bw*20 + st*100 + ff*50)}")
