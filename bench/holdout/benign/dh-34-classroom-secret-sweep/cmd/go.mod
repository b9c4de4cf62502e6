module example.edu/cs101/sweep

go 1.22
