// Command dnsentropy scores registered domains in DNS query logs for tunnelling indicators.
// It only reads local files; it performs no DNS resolution.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"sort"
	"strings"
)

type stats struct {
	count      int
	uniq       map[string]struct{}
	entSum     float64
	lenSum     int
	maxLabel   int
	labelCount int
}

func entropy(s string) float64 {
	if s == "" {
		return 0
	}
	freq := map[rune]float64{}
	for _, r := range s {
		freq[r]++
	}
	n := float64(len(s))
	h := 0.0
	for _, c := range freq {
		p := c / n
		h -= p * math.Log2(p)
	}
	return h
}

// registered returns the last two labels (naive; good enough for hunting, not for PSL accuracy).
func registered(q string) (string, string) {
	parts := strings.Split(strings.TrimSuffix(strings.ToLower(q), "."), ".")
	if len(parts) < 2 {
		return q, ""
	}
	reg := strings.Join(parts[len(parts)-2:], ".")
	sub := strings.Join(parts[:len(parts)-2], ".")
	return reg, sub
}

func loadAllowlist(path string) map[string]bool {
	out := map[string]bool{}
	f, err := os.Open(path)
	if err != nil {
		return out
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if l := strings.TrimSpace(sc.Text()); l != "" && !strings.HasPrefix(l, "#") {
			out[strings.ToLower(l)] = true
		}
	}
	return out
}

func main() {
	in := flag.String("in", "", "input log file")
	format := flag.String("format", "zeek", "zeek | zeekjson | lines")
	top := flag.Int("top", 20, "number of domains to print")
	allow := flag.String("allow", "allowlist.txt", "allowlist of registered domains")
	flag.Parse()
	if *in == "" {
		fmt.Fprintln(os.Stderr, "usage: dnsentropy -in FILE [-format zeek|zeekjson|lines]")
		os.Exit(2)
	}
	allowed := loadAllowlist(*allow)

	f, err := os.Open(*in)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer f.Close()

	queryCol := -1
	agg := map[string]*stats{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1024*1024), 1024*1024)
	for sc.Scan() {
		line := sc.Text()
		var q string
		switch *format {
		case "lines":
			q = strings.TrimSpace(line)
		case "zeekjson":
			var rec map[string]any
			if json.Unmarshal([]byte(line), &rec) == nil {
				q, _ = rec["query"].(string)
			}
		default:
			if strings.HasPrefix(line, "#fields") {
				for i, name := range strings.Split(line, "\t")[1:] {
					if name == "query" {
						queryCol = i
					}
				}
				continue
			}
			if strings.HasPrefix(line, "#") || queryCol < 0 {
				continue
			}
			cols := strings.Split(line, "\t")
			if queryCol < len(cols) {
				q = cols[queryCol]
			}
		}
		if q == "" || q == "-" || strings.HasSuffix(q, ".arpa") {
			continue
		}
		reg, sub := registered(q)
		if allowed[reg] || sub == "" {
			continue
		}
		s := agg[reg]
		if s == nil {
			s = &stats{uniq: map[string]struct{}{}}
			agg[reg] = s
		}
		s.count++
		s.uniq[sub] = struct{}{}
		for _, lbl := range strings.Split(sub, ".") {
			s.entSum += entropy(lbl)
			s.lenSum += len(lbl)
			s.labelCount++
			if len(lbl) > s.maxLabel {
				s.maxLabel = len(lbl)
			}
		}
	}

	type row struct {
		domain                  string
		count, uniq, maxLabel   int
		meanEnt, meanLen, score float64
	}
	var rows []row
	for d, s := range agg {
		me := s.entSum / float64(s.labelCount)
		ml := float64(s.lenSum) / float64(s.labelCount)
		score := me*math.Log1p(float64(len(s.uniq))) + float64(s.maxLabel)/16
		rows = append(rows, row{d, s.count, len(s.uniq), s.maxLabel, me, ml, score})
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].score > rows[j].score })
	fmt.Printf("%-32s %7s %7s %6s %6s %5s %6s\n", "domain", "queries", "unique", "H", "len", "max", "score")
	for i, r := range rows {
		if i >= *top {
			break
		}
		fmt.Printf("%-32s %7d %7d %6.2f %6.1f %5d %6.2f\n", r.domain, r.count, r.uniq, r.meanEnt, r.meanLen, r.maxLabel, r.score)
	}
}
