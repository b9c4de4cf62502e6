import argparse
import time

import torch


def matmul_tflops(dtype, n=8192, iters=20):
    dev = "cuda" if torch.cuda.is_available() else "cpu"
    if dev == "cpu":
        n, iters = 2048, 5
    a = torch.randn(n, n, device=dev, dtype=dtype)
    b = torch.randn(n, n, device=dev, dtype=dtype)
    for _ in range(3):
        a @ b
    if dev == "cuda":
        torch.cuda.synchronize()
    t = time.perf_counter()
    for _ in range(iters):
        a @ b
    if dev == "cuda":
        torch.cuda.synchronize()
    dt = time.perf_counter() - t
    return 2 * n**3 * iters / dt / 1e12


def mem_bw():
    if not torch.cuda.is_available():
        return float("nan")
    x = torch.empty(256 * 1024 * 1024, dtype=torch.float32, device="cuda")
    torch.cuda.synchronize()
    t = time.perf_counter()
    for _ in range(10):
        x.copy_(x)
    torch.cuda.synchronize()
    return 2 * x.numel() * 4 * 10 / (time.perf_counter() - t) / 1e9


def train_step():
    import torchvision

    dev = "cuda" if torch.cuda.is_available() else "cpu"
    m = torchvision.models.resnet50().to(dev)
    opt = torch.optim.SGD(m.parameters(), lr=0.1)
    x = torch.randn(64 if dev == "cuda" else 8, 3, 224, 224, device=dev)
    y = torch.randint(0, 1000, (x.shape[0],), device=dev)
    ts = []
    for i in range(15):
        t = time.perf_counter()
        opt.zero_grad()
        torch.nn.functional.cross_entropy(m(x), y).backward()
        opt.step()
        if dev == "cuda":
            torch.cuda.synchronize()
        if i >= 5:
            ts.append((time.perf_counter() - t) * 1000)
    return sum(ts) / len(ts)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/out/report.md")
    a = ap.parse_args()
    dt = torch.bfloat16 if torch.cuda.is_available() else torch.float32
    rows = [
        ("device", torch.cuda.get_device_name(0) if torch.cuda.is_available() else "cpu"),
        ("matmul_tflops", f"{matmul_tflops(dt):.1f}"),
        ("mem_bw_gbs", f"{mem_bw():.0f}"),
        ("train_step_ms", f"{train_step():.1f}"),
    ]
    md = "| metric | value |\n|---|---|\n" + "".join(f"| {k} | {v} |\n" for k, v in rows)
    open(a.out, "w").write(md)
    print(md)
