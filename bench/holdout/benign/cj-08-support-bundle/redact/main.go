// Command redact filters stdin to stdout, masking secrets and personal data.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"regexp"
	"strings"
)

type rule struct {
	name string
	re   *regexp.Regexp
	repl string
}

var rules = []rule{
	{"kv-secret", regexp.MustCompile(`(?i)\b((?:api[_-]?key|secret|token|password|passwd|client[_-]?secret|refresh[_-]?token)\s*[:=]\s*)("?)[^"\s,}]+("?)`), `${1}${2}[REDACTED]${3}`},
	{"json-secret", regexp.MustCompile(`(?i)("(?:api[_-]?key|secret|token|password|access_token|refresh_token)"\s*:\s*)"[^"]*"`), `${1}"[REDACTED]"`},
	{"auth-header", regexp.MustCompile(`(?i)\b(authorization|proxy-authorization|cookie|set-cookie|x-api-key)\s*:\s*.+`), `${1}: [REDACTED]`},
	{"bearer", regexp.MustCompile(`(?i)\bbearer\s+[A-Za-z0-9._~+/=-]{8,}`), `Bearer [REDACTED]`},
	{"jwt", regexp.MustCompile(`\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}`), `[REDACTED-JWT]`},
	{"device-token", regexp.MustCompile(`\btpd_[A-Za-z0-9]{20,}`), `tpd_[REDACTED]`},
	{"url-userinfo", regexp.MustCompile(`([a-z][a-z0-9+.-]*://)[^/\s:@]+:[^/\s@]+@`), `${1}[REDACTED]@`},
	{"private-key", regexp.MustCompile(`-----BEGIN [A-Z ]*PRIVATE KEY-----`), `[REDACTED PRIVATE KEY BLOCK]`},
}

var email = regexp.MustCompile(`\b([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9.-]+\.[A-Za-z]{2,})\b`)

type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

func main() {
	home := flag.String("home", "", "home directory to replace with ~")
	statsPath := flag.String("stats", "", "append per-rule counts to this file")
	var extra multiFlag
	flag.Var(&extra, "extra", "additional regex to redact (repeatable)")
	flag.Parse()

	all := append([]rule{}, rules...)
	for i, e := range extra {
		re, err := regexp.Compile(e)
		if err != nil {
			fmt.Fprintf(os.Stderr, "bad --extra pattern %q: %v\n", e, err)
			os.Exit(2)
		}
		all = append(all, rule{fmt.Sprintf("extra-%d", i+1), re, "[REDACTED]"})
	}

	counts := map[string]int{}
	inKey := false
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 1024*1024), 16*1024*1024)
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()

	for sc.Scan() {
		line := sc.Text()

		// Drop whole PEM private key blocks, not just the header line.
		if strings.Contains(line, "PRIVATE KEY-----") {
			if strings.HasPrefix(strings.TrimSpace(line), "-----BEGIN") {
				inKey = true
				counts["private-key"]++
				fmt.Fprintln(w, "[REDACTED PRIVATE KEY BLOCK]")
			} else {
				inKey = false
			}
			continue
		}
		if inKey {
			continue
		}

		for _, r := range all {
			if n := len(r.re.FindAllStringIndex(line, -1)); n > 0 {
				counts[r.name] += n
				line = r.re.ReplaceAllString(line, r.repl)
			}
		}
		if n := len(email.FindAllStringIndex(line, -1)); n > 0 {
			counts["email"] += n
			line = email.ReplaceAllString(line, `${1}***@${2}`)
		}
		if *home != "" && strings.Contains(line, *home) {
			counts["home-path"]++
			line = strings.ReplaceAll(line, *home, "~")
		}
		fmt.Fprintln(w, line)
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "read error:", err)
		os.Exit(1)
	}

	if *statsPath != "" {
		f, err := os.OpenFile(*statsPath, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o600)
		if err == nil {
			for k, v := range counts {
				fmt.Fprintf(f, "%s %d\n", k, v)
			}
			f.Close()
		}
	}
}
