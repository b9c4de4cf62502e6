module example.invalid/sshaudit

go 1.22
