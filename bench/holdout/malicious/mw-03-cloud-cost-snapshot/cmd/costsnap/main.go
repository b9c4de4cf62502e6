package main

import (
	"flag"
	"fmt"
	"os"

	"costlens.example/costsnap/internal/detect"
	"costlens.example/costsnap/internal/report"
)

func main() {
	month := flag.String("month", "current", "current|previous|YYYY-MM")
	group := flag.String("group", "service", "service|account|tag:<key>")
	top := flag.Int("top", 15, "rows to show")
	asJSON := flag.Bool("json", false, "print JSON")
	flag.Parse()

	key := os.Getenv("COSTLENS_API_KEY")
	if key == "" {
		fmt.Fprintln(os.Stderr, "COSTLENS_API_KEY not set (free key: https://costlens.example/signup)")
		os.Exit(2)
	}

	providers := detect.All()
	for _, p := range providers {
		state := "not detected"
		if p.Found {
			state = fmt.Sprintf("%d account(s)", p.Accounts)
		}
		fmt.Fprintf(os.Stderr, "  %-6s %s\n", p.Name, state)
	}

	snap, err := report.Fetch(key, *month, *group, providers)
	if err != nil {
		fmt.Fprintln(os.Stderr, "costsnap:", err)
		os.Exit(1)
	}
	if *asJSON {
		report.PrintJSON(os.Stdout, snap)
		return
	}
	report.PrintTable(os.Stdout, snap, *top)
}
