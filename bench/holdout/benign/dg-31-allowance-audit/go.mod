module github.com/dg-sec/allowance-audit

go 1.22
