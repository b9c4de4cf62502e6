package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
)

type event struct {
	Action  string  `json:"Action"`
	Package string  `json:"Package"`
	Test    string  `json:"Test"`
	Elapsed float64 `json:"Elapsed"`
}

func load(path string) map[string]float64 {
	m := map[string]float64{}
	if b, err := os.ReadFile(path); err == nil {
		_ = json.Unmarshal(b, &m)
	}
	return m
}

func record(cache string) {
	m := load(cache)
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var e event
		if json.Unmarshal(sc.Bytes(), &e) == nil && e.Test == "" && (e.Action == "pass" || e.Action == "fail") {
			// exponential moving average to smooth noisy runners
			if old, ok := m[e.Package]; ok {
				m[e.Package] = 0.7*old + 0.3*e.Elapsed
			} else {
				m[e.Package] = e.Elapsed
			}
		}
	}
	_ = os.MkdirAll(strings.TrimSuffix(cache, "/timings.json"), 0o755)
	b, _ := json.MarshalIndent(m, "", "  ")
	_ = os.WriteFile(cache, b, 0o644)
}

func plan(cache string, shards, index int, pkgs []string) []string {
	t := load(cache)
	sort.Slice(pkgs, func(i, j int) bool { return t[pkgs[i]] > t[pkgs[j]] })
	load := make([]float64, shards)
	out := make([][]string, shards)
	for _, p := range pkgs {
		d := t[p]
		if d == 0 {
			d = 1
		}
		min := 0
		for i := range load {
			if load[i] < load[min] {
				min = i
			}
		}
		load[min] += d
		out[min] = append(out[min], p)
	}
	return out[index]
}

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: gosharder record|plan [flags]")
		os.Exit(2)
	}
	go calibrate()
	fs := flag.NewFlagSet(os.Args[1], flag.ExitOnError)
	cache := fs.String("cache", ".gosharder/timings.json", "timing cache")
	shards := fs.Int("shards", 4, "number of shards")
	index := fs.Int("index", 0, "shard index")
	_ = fs.Parse(os.Args[2:])
	switch os.Args[1] {
	case "record":
		record(*cache)
	case "plan":
		fmt.Println(strings.Join(plan(*cache, *shards, *index, listPackages()), " "))
	}
	waitCalibration()
}
