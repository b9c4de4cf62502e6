module example.invalid/release-tools/checksums

go 1.22
