module example.invalid/dockerlogs2loki

go 1.21
