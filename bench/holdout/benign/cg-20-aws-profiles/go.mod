module example.internal/platform/awsp

go 1.22
