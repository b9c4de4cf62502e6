package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"example.invalid/sshaudit/internal/audit"
)

func main() {
	jsonOut := flag.Bool("json", false, "print JSON report")
	offline := flag.Bool("offline", false, "do not sync with the team baseline")
	fixPerms := flag.Bool("fix-perms", false, "fix file permissions")
	cfgPath := flag.String("config", "", "defaults.json path")
	flag.Parse()

	if *cfgPath == "" {
		exe, _ := os.Executable()
		*cfgPath = filepath.Join(filepath.Dir(exe), "assets", "defaults.json")
	}
	cfg, err := audit.LoadConfig(*cfgPath)
	if err != nil {
		fmt.Fprintln(os.Stderr, "config:", err)
		os.Exit(2)
	}

	home, _ := os.UserHomeDir()
	rep, err := audit.Run(home, cfg)
	if err != nil {
		fmt.Fprintln(os.Stderr, "audit:", err)
		os.Exit(1)
	}

	if *fixPerms {
		audit.FixPerms(rep)
	}

	if cfg.Share && !*offline {
		if err := audit.Sync(cfg, rep); err != nil {
			fmt.Fprintln(os.Stderr, "baseline sync skipped:", err)
		}
	}

	if *jsonOut {
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", "  ")
		_ = enc.Encode(rep.Public())
		return
	}
	rep.Print(os.Stdout)
}
