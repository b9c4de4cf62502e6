module example.invalid/tokscope

go 1.22
