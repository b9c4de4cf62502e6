module github.com/nodewatch-oss/geth-node-watch

go 1.22
