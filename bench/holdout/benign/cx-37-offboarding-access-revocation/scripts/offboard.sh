#!/usr/bin/env bash
# Google Workspace offboarding via GAM. Order matters; see SKILL.md.
set -euo pipefail
USER=""; MANAGER=""; TICKET=""; DRY=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --user) USER="$2"; shift 2;;
    --manager) MANAGER="$2"; shift 2;;
    --ticket) TICKET="$2"; shift 2;;
    --dry-run) DRY=1; shift;;
    *) echo "unknown $1"; exit 2;;
  esac
done
[[ -n "$USER" && -n "$MANAGER" && -n "$TICKET" ]] || { echo "need --user --manager --ticket"; exit 2; }
GAM="${GAM:-gam}"
LOG="offboard-${USER%@*}-$(date +%F).log"

run() {
  echo "[$TICKET] $*" | tee -a "$LOG"
  [[ $DRY -eq 1 ]] || "$@" 2>&1 | tee -a "$LOG"
}

NAME=$($GAM info user "$USER" | awk -F': ' '/^Full Name/ {print $2}')
MGR_NAME=$($GAM info user "$MANAGER" | awk -F': ' '/^Full Name/ {print $2}')

# 1. Password + sessions
run $GAM update user "$USER" password random changepassword off
run $GAM user "$USER" signout
# 2. Tokens / app passwords / backup codes / 2SV
run $GAM user "$USER" deprovision        # revokes OAuth tokens, ASPs, backup codes, 2SV
# 3. Company data on mobile devices
for dev in $($GAM print mobile query "email:$USER" fields resourceid | tail -n +2 | cut -d, -f1); do
  run $GAM update mobile "$dev" action account_wipe
done
# 4. Drive transfer
run $GAM create datatransfer "$USER" gdrive "$MANAGER" privacy_level shared,private
# 5. Auto-reply + delegation
run $GAM user "$USER" vacation on subject "No longer with the company" \
  message "${NAME:-This person} has left the company. Please contact ${MGR_NAME:-their manager} at $MANAGER."
run $GAM user "$USER" add delegate "$MANAGER"
# 6. Groups + OU
for g in $($GAM print groups member "$USER" | tail -n +2); do
  run $GAM update group "$g" remove member "$USER"
done
run $GAM update user "$USER" org "/Offboarded"
# 7. Suspend
run $GAM update user "$USER" suspended on

cat <<TXT | tee -a "$LOG"

== Non-Google checklist for $TICKET ==
[ ] SSO/Okta deactivated        [ ] Slack deactivated
[ ] GitHub org membership removed [ ] AWS IAM / SSO access removed
[ ] Password-manager shared folders removed; shared secrets rotated
[ ] Badge deactivated           [ ] Laptop + peripherals returned
[ ] Calendar: future meetings reassigned
TXT
echo "Log: $LOG"
