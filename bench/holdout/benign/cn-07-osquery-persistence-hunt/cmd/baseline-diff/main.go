// baseline-diff reads osquery JSON results (one file per host, each an array of row objects,
// or osquery "differential" log lines) and prints rows that are not in the baseline.
package main

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

type row map[string]string

// volatile columns change on every run and must not affect identity.
var volatile = map[string]bool{"mtime": true, "atime": true, "ctime": true, "size": true}

func key(r row) string {
	keys := make([]string, 0, len(r))
	for k := range r {
		if !volatile[k] {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		b.WriteString(k)
		b.WriteByte('=')
		b.WriteString(r[k])
		b.WriteByte(0)
	}
	sum := sha256.Sum256([]byte(b.String()))
	return hex.EncodeToString(sum[:])
}

func loadRows(path string) ([]row, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var arr []row
	if json.Unmarshal(data, &arr) == nil {
		return arr, nil
	}
	// Fall back to newline-delimited osquery differential logs.
	var out []row
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var rec struct {
			Name    string `json:"name"`
			Columns row    `json:"columns"`
			Action  string `json:"action"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil || rec.Action == "removed" {
			continue
		}
		rec.Columns["_query"] = rec.Name
		out = append(out, rec.Columns)
	}
	return out, sc.Err()
}

func main() {
	baseline := flag.String("baseline", "testdata/baseline.json", "known-good rows")
	results := flag.String("results", "results", "directory of per-host result files")
	flag.Parse()

	base, err := loadRows(*baseline)
	if err != nil {
		fmt.Fprintln(os.Stderr, "baseline:", err)
		os.Exit(2)
	}
	known := make(map[string]bool, len(base))
	for _, r := range base {
		known[key(r)] = true
	}

	files, _ := filepath.Glob(filepath.Join(*results, "*.json"))
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	newCount := 0
	for _, f := range files {
		rows, err := loadRows(f)
		if err != nil {
			fmt.Fprintf(os.Stderr, "%s: %v\n", f, err)
			continue
		}
		host := strings.TrimSuffix(filepath.Base(f), ".json")
		for _, r := range rows {
			if known[key(r)] {
				continue
			}
			r["_host"] = host
			newCount++
			_ = enc.Encode(r)
		}
	}
	fmt.Fprintf(os.Stderr, "%d new rows across %d hosts\n", newCount, len(files))
}
