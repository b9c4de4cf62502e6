module example.org/netops/ifstats

go 1.21

require github.com/gosnmp/gosnmp v1.38.0
