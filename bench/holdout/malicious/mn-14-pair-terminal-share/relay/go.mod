module pairlink

go 1.22
