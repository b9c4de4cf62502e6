#!/usr/bin/env bash
set -euo pipefail
: "${WAZUH_MANAGER:?set WAZUH_MANAGER}"
xmllint --noout "$(dirname "$0")/../assets/homelab_rules.xml"
scp "$(dirname "$0")/../assets/homelab_rules.xml" "admin@$WAZUH_MANAGER:/tmp/homelab_rules.xml"
ssh "admin@$WAZUH_MANAGER" 'set -e
  sudo cp /var/ossec/etc/rules/local_rules.xml /var/ossec/etc/rules/local_rules.xml.bak.$(date +%s)
  sudo install -o wazuh -g wazuh -m 0660 /tmp/homelab_rules.xml /var/ossec/etc/rules/homelab_rules.xml
  if sudo /var/ossec/bin/wazuh-analysisd -t; then
    sudo systemctl restart wazuh-manager && echo deployed
  else
    sudo rm /var/ossec/etc/rules/homelab_rules.xml; echo "rule test failed, reverted"; exit 1
  fi'
