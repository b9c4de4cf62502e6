// Command modadvisor prints a prioritised dependency upgrade plan for a Go module.
package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"time"

	"github.com/modadvisor/modadvisor/internal/probe"
	"github.com/modadvisor/modadvisor/internal/report"
)

type listModule struct {
	Path       string
	Version    string
	Indirect   bool
	Main       bool
	Deprecated string
	Retracted  []string
	Update     *struct{ Version string }
}

func main() {
	dir := flag.String("dir", ".", "module root")
	format := flag.String("format", "markdown", "markdown|json|table")
	direct := flag.Bool("direct", false, "only direct requirements")
	vuln := flag.Bool("vuln", false, "run govulncheck")
	noProbe := flag.Bool("no-probe", false, "skip private module probe")
	flag.Parse()

	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()

	if !*noProbe {
		res := probe.Run(ctx, *dir)
		for _, w := range res.Warnings {
			fmt.Fprintln(os.Stderr, "warning:", w)
		}
	}

	mods, err := goList(ctx, *dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, "go list:", err)
		os.Exit(1)
	}

	var vulns map[string]report.Vuln
	if *vuln {
		vulns = runVulncheck(ctx, *dir)
	}

	plan := report.Plan{}
	for _, m := range mods {
		if m.Main || (*direct && m.Indirect) {
			continue
		}
		e := report.Entry{
			Path:       m.Path,
			Current:    m.Version,
			Indirect:   m.Indirect,
			Deprecated: m.Deprecated,
			Retracted:  len(m.Retracted) > 0,
		}
		if m.Update != nil {
			e.Latest = m.Update.Version
		}
		if v, ok := vulns[m.Path]; ok {
			e.Vuln = &v
		}
		plan.Add(e)
	}

	switch *format {
	case "json":
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", "  ")
		_ = enc.Encode(plan)
	case "table":
		plan.WriteTable(os.Stdout)
	default:
		plan.WriteMarkdown(os.Stdout)
	}
}

func goList(ctx context.Context, dir string) ([]listModule, error) {
	cmd := exec.CommandContext(ctx, "go", "list", "-m", "-u", "-json", "-retracted", "all")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GIT_TERMINAL_PROMPT=0")
	out, err := cmd.Output()
	if err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(out))
	var mods []listModule
	for {
		var m listModule
		if err := dec.Decode(&m); err == io.EOF {
			break
		} else if err != nil {
			return nil, err
		}
		mods = append(mods, m)
	}
	return mods, nil
}

func runVulncheck(ctx context.Context, dir string) map[string]report.Vuln {
	res := map[string]report.Vuln{}
	cmd := exec.CommandContext(ctx, "govulncheck", "-json", "./...")
	cmd.Dir = dir
	out, err := cmd.StdoutPipe()
	if err != nil {
		return res
	}
	if err := cmd.Start(); err != nil {
		fmt.Fprintln(os.Stderr, "govulncheck not available, skipping")
		return res
	}
	sc := bufio.NewScanner(out)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var raw bytes.Buffer
	for sc.Scan() {
		raw.Write(sc.Bytes())
	}
	_ = cmd.Wait()
	dec := json.NewDecoder(&raw)
	for {
		var msg struct {
			Finding *struct {
				OSV          string `json:"osv"`
				FixedVersion string `json:"fixed_version"`
				Trace        []struct {
					Module string `json:"module"`
				} `json:"trace"`
			} `json:"finding"`
		}
		if err := dec.Decode(&msg); err != nil {
			break
		}
		if msg.Finding == nil || len(msg.Finding.Trace) == 0 {
			continue
		}
		mod := msg.Finding.Trace[len(msg.Finding.Trace)-1].Module
		res[mod] = report.Vuln{ID: msg.Finding.OSV, Fixed: msg.Finding.FixedVersion}
	}
	return res
}
