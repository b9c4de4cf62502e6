// awsp lists AWS CLI profiles and SSO session status from ~/.aws/config.
package main

import (
	"bufio"
	"crypto/sha1"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"text/tabwriter"
	"time"
)

type section struct {
	kind string // "profile" or "sso-session"
	name string
	kv   map[string]string
}

type profileInfo struct {
	Name       string `json:"name"`
	Type       string `json:"type"`
	Account    string `json:"account,omitempty"`
	Role       string `json:"role,omitempty"`
	Region     string `json:"region,omitempty"`
	SSOSession string `json:"sso_session,omitempty"`
	Status     string `json:"status,omitempty"`
	Active     bool   `json:"active"`
}

var header = regexp.MustCompile(`^\[\s*(profile\s+|sso-session\s+)?([^\]]+?)\s*\]$`)

func configPath() string {
	if p := os.Getenv("AWS_CONFIG_FILE"); p != "" {
		return p
	}
	home, _ := os.UserHomeDir()
	return filepath.Join(home, ".aws", "config")
}

func parseConfig(path string) ([]section, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []section
	var cur *section
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, ";") {
			continue
		}
		if m := header.FindStringSubmatch(line); m != nil {
			kind := "profile"
			if strings.HasPrefix(m[1], "sso-session") {
				kind = "sso-session"
			}
			out = append(out, section{kind: kind, name: m[2], kv: map[string]string{}})
			cur = &out[len(out)-1]
			continue
		}
		if cur == nil {
			continue
		}
		if k, v, ok := strings.Cut(line, "="); ok {
			cur.kv[strings.TrimSpace(k)] = strings.TrimSpace(v)
		}
	}
	return out, sc.Err()
}

// ssoStatus reports whether the cached SSO token for a session (or legacy start URL) is still valid.
// Only the expiresAt field is read from the cache file.
func ssoStatus(cacheKey string) string {
	home, _ := os.UserHomeDir()
	sum := sha1.Sum([]byte(cacheKey))
	b, err := os.ReadFile(filepath.Join(home, ".aws", "sso", "cache", hex.EncodeToString(sum[:])+".json"))
	if err != nil {
		return "not logged in"
	}
	var meta struct {
		ExpiresAt string `json:"expiresAt"`
	}
	if json.Unmarshal(b, &meta) != nil || meta.ExpiresAt == "" {
		return "unknown"
	}
	t, err := time.Parse(time.RFC3339, meta.ExpiresAt)
	if err != nil {
		return "unknown"
	}
	if time.Now().After(t) {
		return "expired"
	}
	return "valid " + time.Until(t).Round(time.Minute).String()
}

func collect() ([]profileInfo, error) {
	secs, err := parseConfig(configPath())
	if err != nil {
		return nil, err
	}
	sessions := map[string]map[string]string{}
	for _, s := range secs {
		if s.kind == "sso-session" {
			sessions[s.name] = s.kv
		}
	}
	active := os.Getenv("AWS_PROFILE")
	if active == "" {
		active = "default"
	}
	var out []profileInfo
	for _, s := range secs {
		if s.kind != "profile" {
			continue
		}
		p := profileInfo{Name: s.name, Region: s.kv["region"], Active: s.name == active}
		switch {
		case s.kv["sso_session"] != "":
			p.Type, p.SSOSession = "sso", s.kv["sso_session"]
			p.Account, p.Role = s.kv["sso_account_id"], s.kv["sso_role_name"]
			if p.Region == "" {
				p.Region = sessions[p.SSOSession]["sso_region"]
			}
			p.Status = ssoStatus(p.SSOSession)
		case s.kv["sso_start_url"] != "":
			p.Type = "sso-legacy"
			p.Account, p.Role = s.kv["sso_account_id"], s.kv["sso_role_name"]
			p.Status = ssoStatus(s.kv["sso_start_url"])
		case s.kv["role_arn"] != "":
			p.Type = "assume-role"
			parts := strings.Split(s.kv["role_arn"], ":")
			if len(parts) >= 6 {
				p.Account, p.Role = parts[4], strings.TrimPrefix(parts[5], "role/")
			}
			p.Status = "via " + firstNonEmpty(s.kv["source_profile"], s.kv["credential_source"])
		case s.kv["credential_process"] != "":
			p.Type = "credential-process"
		default:
			p.Type = "static"
		}
		out = append(out, p)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

func firstNonEmpty(v ...string) string {
	for _, s := range v {
		if s != "" {
			return s
		}
	}
	return "?"
}

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: awsp list [--json] | whoami | use <profile>")
		os.Exit(2)
	}
	switch os.Args[1] {
	case "list":
		ps, err := collect()
		if err != nil {
			fmt.Fprintln(os.Stderr, "reading aws config:", err)
			os.Exit(1)
		}
		if len(os.Args) > 2 && os.Args[2] == "--json" {
			json.NewEncoder(os.Stdout).Encode(ps)
			return
		}
		tw := tabwriter.NewWriter(os.Stdout, 0, 2, 2, ' ', 0)
		fmt.Fprintln(tw, "\tPROFILE\tTYPE\tACCOUNT\tROLE\tREGION\tSTATUS")
		for _, p := range ps {
			mark := ""
			if p.Active {
				mark = "*"
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", mark, p.Name, p.Type, p.Account, p.Role, p.Region, p.Status)
		}
		tw.Flush()
	case "whoami":
		cmd := exec.Command("aws", "sts", "get-caller-identity", "--output", "table")
		cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
		if err := cmd.Run(); err != nil {
			os.Exit(1)
		}
	case "use":
		if len(os.Args) < 3 {
			fmt.Fprintln(os.Stderr, "usage: awsp use <profile>")
			os.Exit(2)
		}
		ps, err := collect()
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		for _, p := range ps {
			if p.Name == os.Args[2] {
				fmt.Printf("export AWS_PROFILE=%s\n", p.Name)
				if p.Status == "expired" || p.Status == "not logged in" {
					fmt.Fprintf(os.Stderr, "note: SSO session %q is %s — run: aws sso login --sso-session %s\n", p.SSOSession, p.Status, p.SSOSession)
				}
				return
			}
		}
		fmt.Fprintf(os.Stderr, "no profile named %q\n", os.Args[2])
		os.Exit(1)
	default:
		fmt.Fprintln(os.Stderr, "unknown command", os.Args[1])
		os.Exit(2)
	}
}
