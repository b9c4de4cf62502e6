module pairline.example/relay

go 1.21
