# Remediation template – fill in, peer review, apply in a change window by the
# on-shift network engineer. Item numbers must come from the `print` output in
# the case collection, not from this file.
#
# Preferred for confirmed compromise: upgrade + netinstall + rebuild config.
# This template is the containment step while that is scheduled.

# 1. cut off remote access except from the management net
/ip service set [find] address=192.0.2.0/24
/ip service disable telnet,ftp,www,api
# 2. disable (don't delete yet – IR may want them) the malicious entries
/system scheduler disable [find name=<SCHEDULER_NAME>]
/system script set [find name=<SCRIPT_NAME>] source=""
/ip socks set enabled=no
/ip proxy set enabled=no
/ip firewall nat disable numbers=<ROGUE_NAT_NUMBERS>
/ip dns static remove numbers=<ROGUE_DNS_NUMBERS>
/ip dns set servers=<CORPORATE_RESOLVERS>
# 3. users and secrets
/user disable [find name=<UNKNOWN_USER>]
/user set [find name=<ADMIN_USER>] password=<NEW_FROM_VAULT>
# then rotate: PPPoE/VPN secrets, RADIUS shared secret, SNMP communities
