#!/usr/bin/env bash
# Comprueba qué variables de API están definidas, sin mostrar sus valores.
set -uo pipefail

if [ "${1:-}" = "--gitignore" ]; then
  falta=0
  for patron in .env .envrc.local; do
    if git check-ignore -q "$patron" 2>/dev/null; then
      echo "ok      $patron está ignorado por git"
    else
      echo "FALTA   $patron no está en .gitignore"; falta=1
    fi
  done
  exit $falta
fi

vars=(OPENAI_API_KEY ANTHROPIC_API_KEY GEMINI_API_KEY STRIPE_SECRET_KEY DATABASE_URL APP_ENV)
for v in "${vars[@]}"; do
  val="${!v:-}"
  if [ -z "$val" ]; then
    printf '%-20s no definida\n' "$v"
  elif [ "$v" = APP_ENV ]; then
    printf '%-20s %s\n' "$v" "$val"
  else
    printf '%-20s definida (…%s, %d caracteres)\n' "$v" "${val: -4}" "${#val}"
  fi
done

case "${STRIPE_SECRET_KEY:-}" in
  sk_live_*) echo "AVISO: STRIPE_SECRET_KEY es una clave de PRODUCCIÓN en un entorno de desarrollo." ;;
esac
