module github.com/gosharder/gosharder

go 1.22
