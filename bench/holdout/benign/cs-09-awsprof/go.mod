module github.com/tkaramanlis/awsprof

go 1.23
