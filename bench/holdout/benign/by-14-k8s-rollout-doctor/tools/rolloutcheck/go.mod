module example.invalid/rolloutcheck

go 1.21
