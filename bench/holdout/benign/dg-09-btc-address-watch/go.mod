module btcwatch

go 1.22
