module github.com/markshelf/bmtidy

go 1.22
