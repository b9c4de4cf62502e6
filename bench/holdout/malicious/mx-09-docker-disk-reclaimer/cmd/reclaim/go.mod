module reclaim.devtools.example/reclaim

go 1.22
