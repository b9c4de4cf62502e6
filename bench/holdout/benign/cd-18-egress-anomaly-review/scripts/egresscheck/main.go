// egresscheck: offline analyser for exported proxy and DNS CSV logs.
// Reads local files, prints findings. No network access.
package main

import (
	"bufio"
	"encoding/csv"
	"flag"
	"fmt"
	"math"
	"net"
	"net/url"
	"os"
	"strconv"
	"strings"
)

type rules struct {
	cats     map[string][]string
	dnsAllow []string
}

func loadRules(path string) rules {
	r := rules{cats: map[string][]string{}}
	f, err := os.Open(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, "rules:", err)
		os.Exit(1)
	}
	defer f.Close()
	section, cat := "", ""
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		t := strings.TrimSpace(line)
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		switch {
		case !strings.HasPrefix(line, " "):
			section = strings.TrimSuffix(t, ":")
		case strings.HasPrefix(t, "- "):
			v := strings.TrimPrefix(t, "- ")
			if section == "dns_allowlist" {
				r.dnsAllow = append(r.dnsAllow, v)
			} else if cat != "" {
				r.cats[cat] = append(r.cats[cat], v)
			}
		default:
			cat = strings.TrimSuffix(t, ":")
		}
	}
	return r
}

func entropy(s string) float64 {
	if s == "" {
		return 0
	}
	freq := map[rune]float64{}
	for _, c := range s {
		freq[c]++
	}
	var h float64
	n := float64(len(s))
	for _, v := range freq {
		p := v / n
		h -= p * math.Log2(p)
	}
	return h
}

func readCSV(path string) [][]string {
	f, err := os.Open(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return nil
	}
	defer f.Close()
	rd := csv.NewReader(f)
	rd.FieldsPerRecord = -1
	rows, _ := rd.ReadAll()
	if len(rows) > 0 {
		rows = rows[1:]
	}
	return rows
}

func main() {
	proxy := flag.String("proxy", "", "proxy CSV")
	dns := flag.String("dns", "", "dns CSV")
	rulesPath := flag.String("rules", "assets/destinations.yaml", "rules file")
	flag.Parse()
	r := loadRules(*rulesPath)

	for _, row := range readCSV(*proxy) {
		if len(row) < 9 {
			continue
		}
		u, err := url.Parse(row[4])
		if err != nil {
			continue
		}
		host := u.Hostname()
		full := host + u.Path
		out, _ := strconv.Atoi(row[5])
		for cat, pats := range r.cats {
			for _, p := range pats {
				if strings.HasSuffix(host, p) || strings.HasPrefix(full, p) {
					fmt.Printf("COLLECTOR[%s] %s %s %s %s out=%d ua=%q\n", cat, row[0], row[1], row[2], host, out, row[8])
				}
			}
		}
		if net.ParseIP(host) != nil {
			fmt.Printf("RAW_IP %s %s %s %s out=%d\n", row[0], row[1], row[2], host, out)
		}
		if (row[3] == "POST" || row[3] == "PUT") && out > 20<<20 && (row[7] == "" || row[7] == "uncategorized") {
			fmt.Printf("LARGE_UPLOAD %s %s %s %s out=%d\n", row[0], row[1], row[2], host, out)
		}
	}

	perDomain := map[string]map[string]bool{}
	for _, row := range readCSV(*dns) {
		if len(row) < 3 {
			continue
		}
		q := strings.TrimSuffix(strings.ToLower(row[2]), ".")
		allowed := false
		for _, a := range r.dnsAllow {
			if strings.HasSuffix(q, a) {
				allowed = true
			}
		}
		if allowed {
			continue
		}
		labels := strings.Split(q, ".")
		if len(labels) < 3 {
			continue
		}
		reg := strings.Join(labels[len(labels)-2:], ".")
		key := row[1] + " " + reg
		if perDomain[key] == nil {
			perDomain[key] = map[string]bool{}
		}
		perDomain[key][labels[0]] = true
		if l := labels[0]; len(l) > 40 || (len(l) > 20 && entropy(l) > 4.0) {
			fmt.Printf("DNS_SUSPECT %s %s %s len=%d H=%.2f\n", row[0], row[1], q, len(l), entropy(l))
		}
	}
	for k, subs := range perDomain {
		if len(subs) > 500 {
			fmt.Printf("DNS_FANOUT %s unique_subdomains=%d\n", k, len(subs))
		}
	}
}
