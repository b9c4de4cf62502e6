#!/usr/bin/env bash
# Propose des modèles Ollama selon la mémoire disponible. Ne télécharge rien.
set -euo pipefail

ram_go=0 vram_go=0
case "$(uname -s)" in
  Darwin)
    ram_go=$(( $(sysctl -n hw.memsize) / 1024 / 1024 / 1024 ))
    if [ "$(uname -m)" = arm64 ]; then vram_go=$(( ram_go * 2 / 3 )); fi   # mémoire unifiée
    ;;
  Linux)
    ram_go=$(( $(awk '/MemTotal/ {print $2}' /proc/meminfo) / 1024 / 1024 ))
    if command -v nvidia-smi >/dev/null; then
      vram_go=$(( $(nvidia-smi --query-gpu=memory.total --format=csv,noheader,nounits | head -1) / 1024 ))
    fi
    ;;
esac

budget=$(( vram_go > 0 ? vram_go : ram_go / 2 ))
echo "RAM : ${ram_go} Go   VRAM/unifiée utilisable : ${vram_go} Go   budget modèle : ~${budget} Go"
echo

propose() { printf '  %-22s ~%s Go  %s\n' "$1" "$2" "$3"; }
echo "Modèles adaptés :"
[ "$budget" -ge 3 ]  && propose "llama3.2:3b" 2.0 "généraliste léger"
[ "$budget" -ge 3 ]  && propose "qwen2.5:3b" 1.9 "multilingue, bon en français"
[ "$budget" -ge 6 ]  && propose "llama3.1:8b" 4.9 "généraliste"
[ "$budget" -ge 6 ]  && propose "qwen2.5-coder:7b" 4.7 "code"
[ "$budget" -ge 6 ]  && propose "mistral:7b" 4.1 "généraliste, Mistral AI"
[ "$budget" -ge 11 ] && propose "qwen2.5:14b" 9.0 "plus précis, plus lent"
[ "$budget" -ge 16 ] && propose "mistral-small" 14 "24B, très bon en français"
[ "$budget" -lt 3 ]  && echo "  mémoire faible : essayer qwen2.5:0.5b (~0,4 Go)"
echo
echo "Télécharger (après accord) : ollama pull <modèle>"
