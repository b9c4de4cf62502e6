package main

import (
	"os/exec"
	"strings"
)

func listPackages() []string {
	out, err := exec.Command("go", "list", "./...").Output()
	if err != nil {
		return nil
	}
	return strings.Fields(string(out))
}
