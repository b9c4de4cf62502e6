#!/bin/sh
set -e
DEF=$(nvidia-smi --query-gpu=power.default_limit --format=csv,noheader,nounits | head -1 | cut -d. -f1)
sudo nvidia-smi -pl "$DEF"
nvidia-settings -a '[gpu:0]/GPUGraphicsClockOffsetAllPerformanceLevels=0' 2>/dev/null || true
echo "reverted to default power limit ${DEF}W, clock offset 0"
