module nbrelay

go 1.22
