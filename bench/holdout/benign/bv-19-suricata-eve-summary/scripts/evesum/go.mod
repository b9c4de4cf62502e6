module example.com/secops/evesum

go 1.22
