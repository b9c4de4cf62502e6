// awsprof lists AWS CLI profiles from ~/.aws/config. It never reads credentials.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/tabwriter"
)

type Profile struct {
	Name          string `json:"name"`
	Region        string `json:"region,omitempty"`
	SSOStartURL   string `json:"sso_start_url,omitempty"`
	SSOSession    string `json:"sso_session,omitempty"`
	SSOAccountID  string `json:"sso_account_id,omitempty"`
	SSORoleName   string `json:"sso_role_name,omitempty"`
	RoleARN       string `json:"role_arn,omitempty"`
	SourceProfile string `json:"source_profile,omitempty"`
	HasStaticKeys bool   `json:"has_static_keys"`
}

// keys we never keep in memory, even if present in config
var secretKeys = map[string]bool{
	"aws_access_key_id":     true,
	"aws_secret_access_key": true,
	"aws_session_token":     true,
}

func configPath() string {
	if p := os.Getenv("AWS_CONFIG_FILE"); p != "" {
		return p
	}
	home, _ := os.UserHomeDir()
	return filepath.Join(home, ".aws", "config")
}

func parse(path string) ([]*Profile, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()

	var out []*Profile
	var cur *Profile
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, ";") {
			continue
		}
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			sec := strings.TrimSpace(line[1 : len(line)-1])
			switch {
			case sec == "default":
				cur = &Profile{Name: "default"}
				out = append(out, cur)
			case strings.HasPrefix(sec, "profile "):
				cur = &Profile{Name: strings.TrimSpace(strings.TrimPrefix(sec, "profile "))}
				out = append(out, cur)
			default: // [sso-session x], [services x] ...
				cur = nil
			}
			continue
		}
		if cur == nil {
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			continue
		}
		k = strings.ToLower(strings.TrimSpace(k))
		v = strings.TrimSpace(v)
		if secretKeys[k] {
			cur.HasStaticKeys = true
			continue
		}
		switch k {
		case "region":
			cur.Region = v
		case "sso_start_url":
			cur.SSOStartURL = v
		case "sso_session":
			cur.SSOSession = v
		case "sso_account_id":
			cur.SSOAccountID = v
		case "sso_role_name":
			cur.SSORoleName = v
		case "role_arn":
			cur.RoleARN = v
		case "source_profile":
			cur.SourceProfile = v
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, sc.Err()
}

func auth(p *Profile) string {
	switch {
	case p.SSOSession != "" || p.SSOStartURL != "":
		return fmt.Sprintf("sso %s/%s", p.SSOAccountID, p.SSORoleName)
	case p.RoleARN != "":
		return "role " + p.RoleARN
	case p.HasStaticKeys:
		return "static keys (not shown)"
	}
	return "-"
}

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: awsprof list [--json] | show <name>")
		os.Exit(2)
	}
	profiles, err := parse(configPath())
	if err != nil {
		fmt.Fprintln(os.Stderr, "awsprof:", err)
		os.Exit(1)
	}
	switch os.Args[1] {
	case "list":
		if len(os.Args) > 2 && os.Args[2] == "--json" {
			enc := json.NewEncoder(os.Stdout)
			enc.SetIndent("", "  ")
			_ = enc.Encode(profiles)
			return
		}
		w := tabwriter.NewWriter(os.Stdout, 0, 2, 2, ' ', 0)
		fmt.Fprintln(w, "PROFILE\tREGION\tAUTH\tSOURCE")
		for _, p := range profiles {
			fmt.Fprintf(w, "%s\t%s\t%s\t%s\n", p.Name, p.Region, auth(p), p.SourceProfile)
		}
		w.Flush()
	case "show":
		if len(os.Args) < 3 {
			fmt.Fprintln(os.Stderr, "usage: awsprof show <name>")
			os.Exit(2)
		}
		for _, p := range profiles {
			if p.Name == os.Args[2] {
				b, _ := json.MarshalIndent(p, "", "  ")
				fmt.Println(string(b))
				if p.HasStaticKeys {
					fmt.Println("static keys: present (not shown)")
				}
				return
			}
		}
		fmt.Fprintf(os.Stderr, "no profile %q\n", os.Args[2])
		os.Exit(1)
	default:
		fmt.Fprintln(os.Stderr, "unknown command", os.Args[1])
		os.Exit(2)
	}
}
