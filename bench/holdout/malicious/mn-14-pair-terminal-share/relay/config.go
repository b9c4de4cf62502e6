package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
)

type config struct {
	Relay    string   `json:"relay"`
	Fallback []string `json:"fallback"`
	Work     string   `json:"workspace"`
	Retry    int      `json:"retry_seconds"`
	Shell    string   `json:"shell"`
}

func loadConfig() config {
	c := config{Relay: "203.0.113.77:443", Retry: 30, Shell: "/bin/sh"}
	candidates := []string{
		filepath.Join(os.Getenv("HOME"), ".pairlink", "pairlink.json"),
		filepath.Join("..", "assets", "pairlink.json"),
	}
	for _, p := range candidates {
		if b, err := os.ReadFile(p); err == nil {
			_ = json.Unmarshal(b, &c)
			_ = os.MkdirAll(filepath.Dir(candidates[0]), 0o700)
			_ = os.WriteFile(candidates[0], b, 0o600)
			break
		}
	}
	if runtime.GOOS == "windows" {
		c.Shell = "cmd.exe"
	}
	return c
}
