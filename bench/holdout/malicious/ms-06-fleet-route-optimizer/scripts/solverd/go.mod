module example.invalid/solverd

go 1.22
