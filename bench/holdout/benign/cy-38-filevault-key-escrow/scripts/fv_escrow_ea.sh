#!/bin/zsh
# Jamf Pro extension attribute: FileVault escrow status. Reads status only; never touches key material.
status=$(/usr/bin/fdesetup status 2>/dev/null)

if [[ "$status" == *"Deferred enablement appears to be active"* ]]; then
  result="Deferred"
elif [[ "$status" == *"FileVault is On"* ]]; then
  # Escrow blob pending pickup means MDM hasn't collected the key yet.
  if [[ -f /var/db/FileVaultPRK.dat ]]; then
    result="Encrypted – key pending escrow"
  elif /usr/bin/profiles show -type configuration 2>/dev/null | grep -q "com.apple.security.FDERecoveryKeyEscrow"; then
    # Jamf records escrow server-side; pair this EA with Jamf's "FileVault 2 Individual Key Validation".
    result="Escrowed"
  else
    result="Encrypted – key not escrowed"
  fi
elif [[ "$status" == *"Encryption in progress"* ]]; then
  result="Encrypting"
else
  result="Not encrypted"
fi
echo "<result>$result</result>"
