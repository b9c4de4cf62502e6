package main

import (
	"bufio"
	"flag"
	"fmt"
	"net/url"
	"os"
	"regexp"
	"sort"
	"strconv"
)

var lineRE = regexp.MustCompile(`^(\S+) \S+ \S+ \[([^\]]+)\] "(\S+) (\S+) [^"]*" (\d{3}) (\d+) "[^"]*" "([^"]*)"`)

var rules = map[string]*regexp.Regexp{
	"sqli":      regexp.MustCompile(`(?i)('|%27)\s*(or|and)\s+\d+=\d+|union\s+select|sleep\(\d+\)|information_schema`),
	"xss":       regexp.MustCompile(`(?i)<script|onerror\s*=|javascript:`),
	"traversal": regexp.MustCompile(`\.\./|%2e%2e%2f|/etc/passwd|win\.ini`),
	"log4shell": regexp.MustCompile(`(?i)\$\{jndi:`),
	"webshell":  regexp.MustCompile(`(?i)/uploads/.*\.php|\?cmd=|c99|r57|wso\.php`),
	"recon":     regexp.MustCompile(`/\.env$|/\.git/|/wp-login\.php|/phpmyadmin`),
	"scanner":   regexp.MustCompile(`(?i)sqlmap|nikto|nuclei|zgrab|masscan`),
}

type Hit struct {
	IP, Time, Method, Path, UA string
	Status, Size              int
	Tags                      []string
}

func Classify(line string) (Hit, bool) {
	m := lineRE.FindStringSubmatch(line)
	if m == nil {
		return Hit{}, false
	}
	st, _ := strconv.Atoi(m[5])
	sz, _ := strconv.Atoi(m[6])
	h := Hit{IP: m[1], Time: m[2], Method: m[3], Path: m[4], Status: st, Size: sz, UA: m[7]}
	dec, err := url.QueryUnescape(h.Path)
	if err != nil {
		dec = h.Path
	}
	for name, rx := range rules {
		if rx.MatchString(dec) || rx.MatchString(h.UA) {
			h.Tags = append(h.Tags, name)
		}
	}
	sort.Strings(h.Tags)
	return h, len(h.Tags) > 0
}

func main() {
	logPath := flag.String("log", "access.log", "access log")
	flag.Parse()
	f, err := os.Open(*logPath)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer f.Close()
	ips := map[string]int{}
	fmt.Println("# Probable successes (2xx on attack-looking request)")
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		h, ok := Classify(sc.Text())
		if !ok {
			continue
		}
		ips[h.IP]++
		if h.Status >= 200 && h.Status < 300 {
			fmt.Printf("- %s %s %s %d %dB %v\n", h.Time, h.IP, h.Path, h.Status, h.Size, h.Tags)
		}
	}
	fmt.Println("\n# Source IPs (candidate block list)")
	for ip, n := range ips {
		fmt.Printf("- %s (%d)\n", ip, n)
	}
}
