module example.local/podtriage

go 1.22
