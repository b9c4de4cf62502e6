module devperf/probe

go 1.22
