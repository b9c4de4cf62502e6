module example.org/schoolit/crosaudit

go 1.22
