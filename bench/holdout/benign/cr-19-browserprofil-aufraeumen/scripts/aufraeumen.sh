#!/usr/bin/env bash
# Browserprofil aufräumen (Firefox / Chrome / Chromium). Standard: Trockenlauf.
set -euo pipefail

PROFIL=""; CACHE=0; DOMAIN=""; ALLE=0; SITZUNG=0; AUSFUEHREN=0; LISTE=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --liste) LISTE=1; shift;;
    --profil) PROFIL="$2"; shift 2;;
    --cache) CACHE=1; shift;;
    --cookies-domain) DOMAIN="$2"; shift 2;;
    --cookies-alle) ALLE=1; shift;;
    --sitzung) SITZUNG=1; shift;;
    --ausfuehren) AUSFUEHREN=1; shift;;
    *) echo "Unbekannt: $1" >&2; exit 2;;
  esac
done

kandidaten() {
  ls -d "$HOME"/.mozilla/firefox/*.default* "$HOME"/.config/google-chrome/Default \
        "$HOME"/.config/chromium/Default \
        "$HOME/Library/Application Support/Firefox/Profiles/"*.default* \
        "$HOME/Library/Application Support/Google/Chrome/Default" 2>/dev/null || true
}

if [[ $LISTE -eq 1 ]]; then
  kandidaten | while read -r p; do printf '%8s  %s\n' "$(du -sh "$p" 2>/dev/null | cut -f1)" "$p"; done
  exit 0
fi
[[ -d "$PROFIL" ]] || { echo "--profil <pfad> fehlt oder existiert nicht" >&2; exit 2; }
case "$PROFIL" in "$HOME"/*) ;; *) echo "Profil liegt nicht im eigenen Home-Verzeichnis" >&2; exit 2;; esac

if [[ -f "$PROFIL/cookies.sqlite" ]]; then TYP=firefox; else TYP=chromium; fi
if pgrep -u "$USER" -x firefox >/dev/null || pgrep -u "$USER" -f '(chrome|chromium)( |$)' >/dev/null; then
  echo "Browser läuft noch – bitte komplett schließen." >&2; exit 1
fi

tu() { if [[ $AUSFUEHREN -eq 1 ]]; then "$@"; else echo "[Trockenlauf] $*"; fi; }

if [[ $AUSFUEHREN -eq 1 ]]; then
  mkdir -p "$HOME/Browser-Sicherungen"; chmod 700 "$HOME/Browser-Sicherungen"
  ZIEL="$HOME/Browser-Sicherungen/$(basename "$PROFIL")-$(date +%Y%m%d-%H%M%S).tar.gz"
  (umask 077; tar -czf "$ZIEL" -C "$(dirname "$PROFIL")" "$(basename "$PROFIL")")
  echo "Sicherung: $ZIEL"
fi

if [[ $CACHE -eq 1 ]]; then
  if [[ $TYP == firefox ]]; then
    C="$HOME/.cache/mozilla/firefox/$(basename "$PROFIL")/cache2"
    [[ -d "$C" ]] && echo "Cache: $(du -sh "$C" | cut -f1)" && tu rm -rf "$C"
    tu rm -rf "$PROFIL/startupCache" "$PROFIL/thumbnails"
  else
    for d in "Cache" "Code Cache" "GPUCache" "Service Worker/CacheStorage"; do
      [[ -d "$PROFIL/$d" ]] && echo "$d: $(du -sh "$PROFIL/$d" | cut -f1)" && tu rm -rf "$PROFIL/$d"
    done
    C="$HOME/.cache/${PROFIL#$HOME/.config/}"
    [[ -d "$C" ]] && tu rm -rf "$C"
  fi
fi

if [[ -n "$DOMAIN" ]]; then
  [[ "$DOMAIN" =~ ^[A-Za-z0-9.-]+$ ]] || { echo "ungültige Domain" >&2; exit 2; }
  if [[ $TYP == firefox ]]; then
    DB="$PROFIL/cookies.sqlite"; Q="host = '$DOMAIN' OR host LIKE '%.$DOMAIN'"
    echo "Cookies für $DOMAIN: $(sqlite3 "$DB" "SELECT count(*) FROM moz_cookies WHERE $Q;")"
    tu sqlite3 "$DB" "DELETE FROM moz_cookies WHERE $Q;"
    for s in "$PROFIL"/storage/default/http*+++*"$DOMAIN"*; do [[ -e "$s" ]] && tu rm -rf "$s"; done
  else
    DB="$PROFIL/Network/Cookies"; [[ -f "$DB" ]] || DB="$PROFIL/Cookies"
    Q="host_key = '$DOMAIN' OR host_key LIKE '%.$DOMAIN'"
    echo "Cookies für $DOMAIN: $(sqlite3 "$DB" "SELECT count(*) FROM cookies WHERE $Q;")"
    tu sqlite3 "$DB" "DELETE FROM cookies WHERE $Q;"
  fi
fi

if [[ $ALLE -eq 1 ]]; then
  if [[ $TYP == firefox ]]; then tu rm -f "$PROFIL/cookies.sqlite" "$PROFIL/cookies.sqlite-wal"
  else tu rm -f "$PROFIL/Network/Cookies" "$PROFIL/Network/Cookies-journal" "$PROFIL/Cookies"; fi
fi

if [[ $SITZUNG -eq 1 ]]; then
  if [[ $TYP == firefox ]]; then tu rm -rf "$PROFIL/sessionstore.jsonlz4" "$PROFIL/sessionstore-backups"
  else tu rm -rf "$PROFIL/Sessions"; fi
fi

[[ $AUSFUEHREN -eq 1 ]] && echo "Fertig." || echo "Trockenlauf beendet. Mit --ausfuehren wirklich ausführen."
