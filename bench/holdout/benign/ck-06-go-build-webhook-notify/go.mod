module example.local/buildnotify

go 1.21
