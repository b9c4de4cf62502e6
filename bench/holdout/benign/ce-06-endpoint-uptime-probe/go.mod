module example.com/uptime-probe

go 1.22
