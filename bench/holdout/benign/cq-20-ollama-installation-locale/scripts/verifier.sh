#!/usr/bin/env bash
# Vérifie l'installation d'Ollama : binaire, service, interface d'écoute, modèles.
set -uo pipefail
ok()   { printf '  \033[32mOK\033[0m   %s\n' "$*"; }
warn() { printf '  \033[33m!!\033[0m   %s\n' "$*"; }

echo "Ollama :"
if command -v ollama >/dev/null; then ok "binaire : $(command -v ollama) ($(ollama --version 2>/dev/null | tail -1))"; else warn "ollama introuvable dans le PATH"; exit 1; fi

if command -v systemctl >/dev/null && systemctl list-unit-files ollama.service >/dev/null 2>&1; then
  st=$(systemctl is-active ollama 2>/dev/null); en=$(systemctl is-enabled ollama 2>/dev/null)
  ok "service systemd : $st, démarrage auto : $en"
  host_env=$(systemctl show ollama -p Environment --value 2>/dev/null | tr ' ' '\n' | grep '^OLLAMA_HOST=' || true)
  [ -n "$host_env" ] && warn "OLLAMA_HOST défini dans le service : $host_env"
fi

listen=$( (ss -ltnH 2>/dev/null || netstat -an 2>/dev/null) | grep -E '[:.]11434\b' | head -3)
if [ -z "$listen" ]; then
  warn "rien n'écoute sur le port 11434 (serveur arrêté ?)"
elif echo "$listen" | grep -Eq '(0\.0\.0\.0|\*|\[::\]):11434'; then
  warn "Ollama écoute sur TOUTES les interfaces, sans authentification :"
  echo "$listen" | sed 's/^/         /'
  warn "si ce n'est pas voulu : retirer OLLAMA_HOST=0.0.0.0 (sudo systemctl edit ollama) puis redémarrer"
else
  ok "écoute limitée à localhost"
fi

if curl -fsS -m 3 http://127.0.0.1:11434/api/tags >/tmp/.ollama_tags.json 2>/dev/null; then
  n=$(grep -o '"name"' /tmp/.ollama_tags.json | wc -l | tr -d ' ')
  ok "API répond, $n modèle(s) installé(s)"
  ollama list 2>/dev/null | sed 's/^/         /'
  rm -f /tmp/.ollama_tags.json
else
  warn "l'API http://127.0.0.1:11434 ne répond pas"
fi
