module example.local/tfsummary

go 1.22
