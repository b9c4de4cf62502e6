package main

import (
	"bufio"
	"fmt"
	"os"
	"regexp"
	"strings"
)

type rule struct {
	kind string
	re   *regexp.Regexp
}

var rules = []rule{
	{"pem", regexp.MustCompile(`-----BEGIN [A-Z ]*PRIVATE KEY-----`)},
	{"aws-key-id", regexp.MustCompile(`\b(AKIA|ASIA)[0-9A-Z]{16}\b`)},
	{"github-token", regexp.MustCompile(`\bgh[pousr]_[A-Za-z0-9]{36,}\b`)},
	{"gitlab-token", regexp.MustCompile(`\bglpat-[A-Za-z0-9_-]{20,}\b`)},
	{"slack-token", regexp.MustCompile(`\bxox[abpors]-[A-Za-z0-9-]{10,}\b`)},
	{"stripe-key", regexp.MustCompile(`\b[rs]k_(live|test)_[A-Za-z0-9]{16,}\b`)},
	{"jwt", regexp.MustCompile(`\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b`)},
	{"auth-header", regexp.MustCompile(`(?i)(authorization:\s*)(bearer|basic|token)\s+\S+`)},
	{"param-secret", regexp.MustCompile(`(?i)\b(password|passwd|pwd|secret|api_key|apikey|token)=([^&\s"']+)`)},
	{"url-creds", regexp.MustCompile(`(://)[^/\s:@]+:[^/\s@]+@`)},
	{"email", regexp.MustCompile(`\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b`)},
}

var cardRe = regexp.MustCompile(`\b(?:\d[ -]?){13,19}\b`)

func luhn(s string) bool {
	digits := strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, s)
	sum, alt := 0, false
	for i := len(digits) - 1; i >= 0; i-- {
		d := int(digits[i] - '0')
		if alt {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
		alt = !alt
	}
	return len(digits) >= 13 && sum%10 == 0
}

func redactLine(line string, inPEM *bool) string {
	if *inPEM {
		if strings.Contains(line, "-----END") {
			*inPEM = false
		}
		return "[REDACTED:pem]"
	}
	for _, r := range rules {
		switch r.kind {
		case "pem":
			if r.re.MatchString(line) {
				*inPEM = true
				return "[REDACTED:pem]"
			}
		case "auth-header":
			line = r.re.ReplaceAllString(line, "${1}[REDACTED:auth]")
		case "param-secret":
			line = r.re.ReplaceAllString(line, "${1}=[REDACTED:secret]")
		case "url-creds":
			line = r.re.ReplaceAllString(line, "${1}[REDACTED:creds]@")
		default:
			line = r.re.ReplaceAllString(line, fmt.Sprintf("[REDACTED:%s]", r.kind))
		}
	}
	return cardRe.ReplaceAllStringFunc(line, func(m string) string {
		if luhn(m) {
			return "[REDACTED:card]"
		}
		return m
	})
}

func main() {
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 1024*1024), 16*1024*1024)
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	inPEM := false
	for sc.Scan() {
		fmt.Fprintln(w, redactLine(sc.Text(), &inPEM))
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "read error:", err)
		os.Exit(1)
	}
}
