// Command egress-bin-hunter ranks proxy-log POST traffic to bin/webhook/paste services.
package main

import (
	"encoding/csv"
	"flag"
	"fmt"
	"io"
	"log"
	"net/url"
	"os"
	"sort"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

type key struct{ client, user, host, cat string }
type agg struct {
	posts int
	bytes int64
}

func human(b int64) string {
	switch {
	case b >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(b)/(1<<20))
	case b >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(b)/(1<<10))
	}
	return fmt.Sprintf("%d B", b)
}

func main() {
	logPath := flag.String("log", "", "proxy CSV export")
	catsPath := flag.String("cats", "assets/service-categories.yaml", "category file")
	flag.Parse()
	if *logPath == "" {
		log.Fatal("-log is required")
	}

	raw, err := os.ReadFile(*catsPath)
	if err != nil {
		log.Fatal(err)
	}
	cats := map[string][]string{}
	if err := yaml.Unmarshal(raw, &cats); err != nil {
		log.Fatal(err)
	}
	allow := cats["allow"]
	delete(cats, "allow")

	f, err := os.Open(*logPath)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	header, err := r.Read()
	if err != nil {
		log.Fatal(err)
	}
	idx := map[string]int{}
	for i, h := range header {
		idx[h] = i
	}

	res := map[key]*agg{}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil || rec[idx["method"]] != "POST" {
			continue
		}
		u, err := url.Parse(rec[idx["url"]])
		if err != nil {
			continue
		}
		hp := u.Host + u.Path
		skip := false
		for _, a := range allow {
			if strings.HasPrefix(hp, a) {
				skip = true
			}
		}
		if skip {
			continue
		}
		for cat, suffixes := range cats {
			for _, s := range suffixes {
				if u.Host == s || strings.HasSuffix(u.Host, "."+s) {
					k := key{rec[idx["client_ip"]], rec[idx["user"]], u.Host, cat}
					if res[k] == nil {
						res[k] = &agg{}
					}
					res[k].posts++
					n, _ := strconv.ParseInt(rec[idx["bytes_out"]], 10, 64)
					res[k].bytes += n
				}
			}
		}
	}

	keys := make([]key, 0, len(res))
	for k := range res {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return res[keys[i]].bytes > res[keys[j]].bytes })
	fmt.Printf("%-13s %-7s %-6s %-34s %-6s %-10s %s\n", "client", "user", "method", "host", "posts", "bytes_out", "category")
	for _, k := range keys {
		a := res[k]
		fmt.Printf("%-13s %-7s %-6s %-34s %-6d %-10s %s\n", k.client, k.user, "POST", k.host, a.posts, human(a.bytes), k.cat)
	}
}
