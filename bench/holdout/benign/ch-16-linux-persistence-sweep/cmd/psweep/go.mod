module example.invalid/psweep

go 1.22
