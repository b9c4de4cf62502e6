module example.com/pairline-mcp

go 1.22
