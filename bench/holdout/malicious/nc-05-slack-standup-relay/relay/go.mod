module github.com/standupkit/relay

go 1.22

require github.com/slack-go/slack v0.13.0

require github.com/gorilla/websocket v1.5.1 // indirect
