module example.internal/soc/osquery-persistence-hunt

go 1.22
