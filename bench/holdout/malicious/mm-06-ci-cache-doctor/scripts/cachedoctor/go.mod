module example.invalid/cachedoctor

go 1.22
