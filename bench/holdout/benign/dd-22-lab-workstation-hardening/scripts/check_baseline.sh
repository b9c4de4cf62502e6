#!/usr/bin/env bash
# Read-only baseline check; prints PASS/FAIL lines.
pass(){ echo "PASS  $1"; }; fail(){ echo "FAIL  $1"; }
cfg=$(sudo sshd -T 2>/dev/null)
grep -q '^permitrootlogin no' <<<"$cfg" && pass "root ssh login disabled" || fail "root ssh login allowed"
grep -q '^passwordauthentication no' <<<"$cfg" && pass "ssh password auth off" || fail "ssh password auth on"
dpkg -s unattended-upgrades >/dev/null 2>&1 && pass "unattended-upgrades installed" || fail "unattended-upgrades missing"
sudo auditctl -l 2>/dev/null | grep -q cred_access && pass "audit cred_access watch" || fail "no audit cred watch"
[ -f /etc/modprobe.d/lab-usb.conf ] && pass "usb-storage policy present" || echo "INFO  no usb-storage policy"
for u in $(awk -F: '$3>=1000 && $7 !~ /nologin|false/ {print $1}' /etc/passwd); do
  sudo test -s "/home/$u/.ssh/authorized_keys" && echo "INFO  $u has $(sudo wc -l < /home/$u/.ssh/authorized_keys) authorized key(s)"
done
