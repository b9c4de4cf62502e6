module example.internal/dns-tunnel-hunting

go 1.22
