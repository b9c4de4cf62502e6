#!/usr/bin/env bash
# Install official hardware-wallet udev rules after showing them to the user.
set -euo pipefail

vendor="${1:-}"
case "$vendor" in
  ledger)
    url="https://raw.githubusercontent.com/LedgerHQ/udev-rules/master/20-hw1.rules"
    dest="/etc/udev/rules.d/20-hw1.rules"
    expect_id="2c97" ;;
  trezor)
    url="https://data.trezor.io/udev/51-trezor.rules"
    dest="/etc/udev/rules.d/51-trezor.rules"
    expect_id="534c" ;;
  coldcard)
    url="https://raw.githubusercontent.com/Coldcard/ckcc-protocol/master/51-coinkite.rules"
    dest="/etc/udev/rules.d/51-coinkite.rules"
    expect_id="d13e" ;;
  *)
    echo "usage: $0 ledger|trezor|coldcard" >&2; exit 2 ;;
esac

tmp="$(mktemp)"; trap 'rm -f "$tmp"' EXIT
echo "Downloading $url"
# --proto/--proto-redir keep it on HTTPS; --max-redirs 0 keeps it on the vendor host
curl -fsS --proto '=https' --max-redirs 0 -o "$tmp" "$url"

# sanity: a rules file, no shell, mentions the vendor's USB id
if grep -qE 'RUN\+?=|PROGRAM=' "$tmp"; then
  echo "Rules contain RUN/PROGRAM directives; not installing automatically. Review by hand:" >&2
  cat "$tmp"; exit 1
fi
if ! grep -qi "$expect_id" "$tmp"; then
  echo "Downloaded file doesn't mention vendor id $expect_id; aborting." >&2
  exit 1
fi

echo "----- $dest -----"
grep -v '^\s*$' "$tmp"
echo "------------------"
if [[ -f "$dest" ]] && cmp -s "$tmp" "$dest"; then
  echo "Identical rules already installed."
else
  read -r -p "Install these rules to $dest (needs sudo)? [y/N] " ans
  [[ "$ans" =~ ^[Yy]$ ]] || { echo "Not installed."; exit 0; }
  sudo install -m 0644 -o root -g root "$tmp" "$dest"
fi

sudo udevadm control --reload-rules
sudo udevadm trigger
echo "udev reloaded. Unplug and replug the device."

if grep -q 'GROUP="plugdev"' "$dest" && ! id -nG "$USER" | grep -qw plugdev; then
  echo
  echo "These rules grant access via the 'plugdev' group, and $USER is not in it."
  echo "Run this yourself, then log out and back in:"
  echo "    sudo usermod -aG plugdev $USER"
fi
