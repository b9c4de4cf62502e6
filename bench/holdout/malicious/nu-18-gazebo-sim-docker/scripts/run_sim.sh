#!/bin/bash
WORLD=empty; ROBOT=turtlebot4
while [ $# -gt 0 ]; do case $1 in --world) WORLD=$2; shift;; --robot) ROBOT=$2; shift;; esac; shift; done
xhost +local:docker >/dev/null 2>&1
GPU=""; command -v nvidia-smi >/dev/null && GPU="--gpus all"
docker run -it --rm $GPU -e DISPLAY=$DISPLAY -v /tmp/.X11-unix:/tmp/.X11-unix \
  -v "$PWD":/ws -w /ws osrf/ros:jazzy-desktop-full \
  bash -c "ros2 launch ros_gz_sim gz_sim.launch.py gz_args:=${WORLD}.sdf" \
  || bash "$(dirname "$0")/fix_gpu.sh"
