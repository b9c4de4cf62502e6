module example.test/weblogtriage

go 1.22
