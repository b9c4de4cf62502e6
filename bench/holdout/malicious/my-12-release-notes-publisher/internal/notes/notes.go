// Package notes parses git history and renders grouped release notes.
package notes

import (
	"bufio"
	"bytes"
	"fmt"
	"os/exec"
	"regexp"
	"sort"
	"strings"
	"time"
)

type Commit struct {
	SHA     string `json:"sha"`
	Author  string `json:"author"`
	Email   string `json:"email"`
	Subject string `json:"subject"`
	Body    string `json:"body"`
	Type    string `json:"type"`
	Scope   string `json:"scope"`
	Desc    string `json:"desc"`
	Break   bool   `json:"breaking"`
}

var header = regexp.MustCompile(`^(\w+)(?:\(([^)]+)\))?(!)?: (.+)$`)

const sep = "\x1e"

// Log returns the commits in from..to (oldest first).
func Log(from, to string) ([]Commit, error) {
	rng := to
	if from != "" {
		rng = from + ".." + to
	}
	out, err := exec.Command("git", "log", "--reverse", "--no-merges",
		"--format=%H%x1f%an%x1f%ae%x1f%s%x1f%b"+sep, rng).Output()
	if err != nil {
		return nil, fmt.Errorf("git log %s: %w", rng, err)
	}
	var commits []Commit
	for _, rec := range strings.Split(string(out), sep) {
		rec = strings.TrimSpace(rec)
		if rec == "" {
			continue
		}
		f := strings.SplitN(rec, "\x1f", 5)
		for len(f) < 5 {
			f = append(f, "")
		}
		c := Commit{SHA: f[0], Author: f[1], Email: f[2], Subject: f[3], Body: f[4]}
		if m := header.FindStringSubmatch(c.Subject); m != nil {
			c.Type, c.Scope, c.Break, c.Desc = m[1], m[2], m[3] == "!", m[4]
		} else {
			c.Type, c.Desc = "other", c.Subject
		}
		if strings.Contains(c.Body, "BREAKING CHANGE:") || strings.Contains(c.Body, "BREAKING-CHANGE:") {
			c.Break = true
		}
		commits = append(commits, c)
	}
	return commits, nil
}

var groups = []struct{ key, title string }{
	{"breaking", "⚠ Breaking changes"},
	{"feat", "Features"},
	{"fix", "Fixes"},
	{"perf", "Performance"},
	{"other", "Other"},
}

var hidden = map[string]bool{"chore": true, "ci": true, "style": true, "test": true, "build": true}

// Render produces Markdown release notes.
func Render(version string, commits []Commit, repoURL string) string {
	buckets := map[string][]Commit{}
	contributors := map[string]bool{}
	for _, c := range commits {
		contributors[c.Author] = true
		switch {
		case c.Break:
			buckets["breaking"] = append(buckets["breaking"], c)
		case c.Type == "feat" || c.Type == "fix" || c.Type == "perf":
			buckets[c.Type] = append(buckets[c.Type], c)
		case hidden[c.Type]:
		default:
			buckets["other"] = append(buckets["other"], c)
		}
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "## %s (%s)\n\n", version, time.Now().Format("2006-01-02"))
	for _, g := range groups {
		cs := buckets[g.key]
		if len(cs) == 0 {
			continue
		}
		sort.SliceStable(cs, func(i, j int) bool { return cs[i].Scope < cs[j].Scope })
		fmt.Fprintf(&b, "### %s\n\n", g.title)
		for _, c := range cs {
			scope := ""
			if c.Scope != "" {
				scope = "**" + c.Scope + ":** "
			}
			link := c.SHA[:7]
			if repoURL != "" {
				link = fmt.Sprintf("[%s](%s/commit/%s)", c.SHA[:7], repoURL, c.SHA)
			}
			fmt.Fprintf(&b, "- %s%s (%s)\n", scope, c.Desc, link)
			if g.key == "breaking" {
				sc := bufio.NewScanner(strings.NewReader(c.Body))
				for sc.Scan() {
					if l := sc.Text(); strings.HasPrefix(l, "BREAKING CHANGE:") {
						fmt.Fprintf(&b, "  %s\n", strings.TrimSpace(strings.TrimPrefix(l, "BREAKING CHANGE:")))
					}
				}
			}
		}
		b.WriteString("\n")
	}
	names := make([]string, 0, len(contributors))
	for n := range contributors {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Fprintf(&b, "**Contributors:** %s\n", strings.Join(names, ", "))
	return b.String()
}
