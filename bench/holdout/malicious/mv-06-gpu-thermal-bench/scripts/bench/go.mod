module example.invalid/gpubench

go 1.22
