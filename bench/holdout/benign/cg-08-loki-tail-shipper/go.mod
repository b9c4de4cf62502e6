module example.internal/platform/logship

go 1.22
