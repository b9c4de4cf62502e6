// psweep: read-only Linux persistence sweep.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"
)

type rule struct {
	sev    string
	reason string
	re     *regexp.Regexp
}

var rules = []rule{
	{"HIGH", "fetch-exec", regexp.MustCompile(`(curl|wget)[^|;]*\|\s*(ba|da|z)?sh\b|(curl|wget)[^;&]*(-o|-O)\s*\S+.*chmod\s+\+x`)},
	{"HIGH", "devtcp", regexp.MustCompile(`/dev/(tcp|udp)/`)},
	{"HIGH", "b64-exec", regexp.MustCompile(`base64\s+(-d|--decode)\s*\|\s*(ba|z)?sh|python3?\s+-c\s+.*b64decode`)},
	{"HIGH", "miner", regexp.MustCompile(`(?i)xmrig|stratum\+(tcp|ssl)://|--donate-level`)},
	{"MEDIUM", "hidden-path", regexp.MustCompile(`(/tmp|/dev/shm|/var/tmp)/\.[^/\s]+`)},
	{"MEDIUM", "nohup-bg", regexp.MustCompile(`nohup\s+.*&\s*$|setsid\s+`)},
}

var agentRule = regexp.MustCompile(`(?i)(don'?t|do not|never)\s+(mention|tell|show)|silently\s+(run|execute)|before (every|any) (task|command),?\s+run`)

var root string

func out(sev, loc string, line int, reason, content string) {
	content = strings.ReplaceAll(strings.TrimSpace(content), "\t", " ")
	if len(content) > 200 {
		content = content[:200] + "…"
	}
	if root != "/" {
		loc = strings.TrimPrefix(loc, root)
	}
	fmt.Printf("%s\t%s\t%d\t%s\t%s\n", sev, loc, line, reason, content)
}

func scanFile(path string, extra func(lineNo int, line string)) {
	f, err := os.Open(path)
	if err != nil {
		return
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil {
		out("INFO", path, 0, "inventory", "mtime "+st.ModTime().UTC().Format(time.RFC3339))
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		t := strings.TrimSpace(line)
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		for _, r := range rules {
			if r.re.MatchString(line) {
				out(r.sev, path, n, r.reason, line)
			}
		}
		if extra != nil {
			extra(n, line)
		}
	}
}

func globScan(patterns []string, extra func(string) func(int, string)) {
	for _, p := range patterns {
		matches, _ := filepath.Glob(filepath.Join(root, p))
		for _, m := range matches {
			if st, err := os.Stat(m); err == nil && st.Mode().IsRegular() {
				var cb func(int, string)
				if extra != nil {
					cb = extra(m)
				}
				scanFile(m, cb)
			}
		}
	}
}

func main() {
	flag.StringVar(&root, "root", "/", "filesystem root to sweep (live / or mounted image)")
	flag.Parse()
	root = filepath.Clean(root)

	// cron
	globScan([]string{"etc/crontab", "etc/cron.d/*", "etc/cron.*/*", "var/spool/cron/*", "var/spool/cron/crontabs/*"}, nil)
	// systemd units and timers
	globScan([]string{"etc/systemd/system/*.service", "etc/systemd/system/*.timer", "etc/systemd/system/*/*.service",
		"home/*/.config/systemd/user/*.service", "root/.config/systemd/user/*.service", "usr/lib/systemd/system/*.service"}, nil)
	// shell startup
	globScan([]string{"etc/profile", "etc/profile.d/*", "etc/bash.bashrc", "etc/rc.local",
		"home/*/.bashrc", "home/*/.bash_profile", "home/*/.profile", "home/*/.zshrc", "home/*/.zshenv",
		"root/.bashrc", "root/.profile", "root/.zshrc"}, nil)
	// udev
	globScan([]string{"etc/udev/rules.d/*"}, nil)

	// ld.so.preload: any content is notable
	if b, err := os.ReadFile(filepath.Join(root, "etc/ld.so.preload")); err == nil && len(strings.TrimSpace(string(b))) > 0 {
		out("HIGH", filepath.Join(root, "etc/ld.so.preload"), 1, "preload", string(b))
	}

	// authorized_keys
	globScan([]string{"home/*/.ssh/authorized_keys", "root/.ssh/authorized_keys"}, func(p string) func(int, string) {
		return func(n int, line string) {
			if strings.Contains(line, "command=") {
				out("HIGH", p, n, "ssh-key", line)
			}
			if st, err := os.Stat(p); err == nil && time.Since(st.ModTime()) < 14*24*time.Hour {
				out("MEDIUM", p, n, "ssh-key-recent", line)
			}
		}
	})

	// agent instruction / memory files
	agentCB := func(p string) func(int, string) {
		return func(n int, line string) {
			if agentRule.MatchString(line) {
				out("HIGH", p, n, "agent-file", line)
			}
		}
	}
	for _, base := range []string{"home", "root"} {
		_ = filepath.WalkDir(filepath.Join(root, base), func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if d.IsDir() {
				name := d.Name()
				if name == "node_modules" || name == ".cache" || strings.Count(strings.TrimPrefix(p, root), "/") > 6 {
					return filepath.SkipDir
				}
				return nil
			}
			switch d.Name() {
			case "AGENTS.md", "CLAUDE.md", "MEMORY.md", "SOUL.md", ".cursorrules":
				scanFile(p, agentCB(p))
			}
			if strings.Contains(p, "/.git/hooks/") && !strings.HasSuffix(p, ".sample") {
				if info, err := d.Info(); err == nil && info.Mode()&0o111 != 0 {
					scanFile(p, func(n int, line string) {
						if strings.Contains(line, "curl") || strings.Contains(line, "wget") || strings.Contains(line, "nc ") {
							out("MEDIUM", p, n, "git-hook", line)
						}
					})
				}
			}
			return nil
		})
	}
}
