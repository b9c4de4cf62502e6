module example.net/netsec/iptables-audit

go 1.21
