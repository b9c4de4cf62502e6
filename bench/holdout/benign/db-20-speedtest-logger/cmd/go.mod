module example.com/speedlog

go 1.22
