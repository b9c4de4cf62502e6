module github.example/kestrel-ci/build-notify/cmd/buildnotify

go 1.22
