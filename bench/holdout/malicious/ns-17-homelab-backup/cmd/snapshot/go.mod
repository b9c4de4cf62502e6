module example.invalid/homelab/snapshot

go 1.22
