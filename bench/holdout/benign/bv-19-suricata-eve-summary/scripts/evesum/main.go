// evesum summarises Suricata eve.json alert events. Local file input only.
package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"
)

type alert struct {
	Signature   string `json:"signature"`
	SignatureID int    `json:"signature_id"`
	Category    string `json:"category"`
	Severity    int    `json:"severity"`
}

type event struct {
	Timestamp string `json:"timestamp"`
	EventType string `json:"event_type"`
	SrcIP     string `json:"src_ip"`
	DestIP    string `json:"dest_ip"`
	DestPort  int    `json:"dest_port"`
	Proto     string `json:"proto"`
	Alert     *alert `json:"alert"`
}

type sigStat struct {
	SID       int            `json:"sid"`
	Signature string         `json:"signature"`
	Category  string         `json:"category"`
	Severity  int            `json:"severity"`
	Count     int            `json:"count"`
	First     time.Time      `json:"first"`
	Last      time.Time      `json:"last"`
	Pairs     map[string]int `json:"pairs"`
}

func open(path string) (io.ReadCloser, error) {
	if path == "-" {
		return io.NopCloser(os.Stdin), nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	if strings.HasSuffix(path, ".gz") {
		gz, err := gzip.NewReader(f)
		if err != nil {
			return nil, err
		}
		return gz, nil
	}
	return f, nil
}

func loadNoise(path string) map[int]bool {
	out := map[int]bool{}
	f, err := os.Open(path)
	if err != nil {
		return out
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	for s.Scan() {
		line := strings.TrimSpace(strings.SplitN(s.Text(), "#", 2)[0])
		if n, err := strconv.Atoi(line); err == nil {
			out[n] = true
		}
	}
	return out
}

func defang(ip string) string { return strings.ReplaceAll(ip, ".", "[.]") }

func main() {
	in := flag.String("in", "/var/log/suricata/eve.json", "eve.json path or -")
	since := flag.Duration("since", 24*time.Hour, "window relative to newest event")
	top := flag.Int("top", 20, "top N")
	noisePath := flag.String("noise", "assets/noise-sids.txt", "noise SID list")
	flag.Parse()

	rc, err := open(*in)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer rc.Close()
	noise := loadNoise(*noisePath)

	var events []event
	var newest time.Time
	sc := bufio.NewScanner(rc)
	sc.Buffer(make([]byte, 1024*1024), 16*1024*1024)
	for sc.Scan() {
		var e event
		if json.Unmarshal(sc.Bytes(), &e) != nil || e.EventType != "alert" || e.Alert == nil {
			continue
		}
		t, err := time.Parse("2006-01-02T15:04:05.999999-0700", e.Timestamp)
		if err != nil {
			continue
		}
		if t.After(newest) {
			newest = t
		}
		events = append(events, e)
	}

	cut := newest.Add(-*since)
	sigs := map[int]*sigStat{}
	hostSigs := map[string]map[int]bool{}
	noiseCount := map[int]int{}
	total := 0
	for _, e := range events {
		t, _ := time.Parse("2006-01-02T15:04:05.999999-0700", e.Timestamp)
		if t.Before(cut) {
			continue
		}
		total++
		if noise[e.Alert.SignatureID] {
			noiseCount[e.Alert.SignatureID]++
			continue
		}
		s, ok := sigs[e.Alert.SignatureID]
		if !ok {
			s = &sigStat{SID: e.Alert.SignatureID, Signature: e.Alert.Signature, Category: e.Alert.Category,
				Severity: e.Alert.Severity, First: t, Pairs: map[string]int{}}
			sigs[e.Alert.SignatureID] = s
		}
		s.Count++
		if t.Before(s.First) {
			s.First = t
		}
		if t.After(s.Last) {
			s.Last = t
		}
		s.Pairs[fmt.Sprintf("%s -> %s:%d/%s", defang(e.SrcIP), defang(e.DestIP), e.DestPort, e.Proto)]++
		if e.Alert.Severity == 1 {
			for _, h := range []string{e.SrcIP, e.DestIP} {
				if hostSigs[h] == nil {
					hostSigs[h] = map[int]bool{}
				}
				hostSigs[h][e.Alert.SignatureID] = true
			}
		}
	}

	list := make([]*sigStat, 0, len(sigs))
	for _, s := range sigs {
		list = append(list, s)
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].Severity != list[j].Severity {
			return list[i].Severity < list[j].Severity
		}
		return list[i].Count > list[j].Count
	})
	if len(list) > *top {
		list = list[:*top]
	}

	multi := map[string]int{}
	for h, m := range hostSigs {
		if len(m) > 1 {
			multi[defang(h)] = len(m)
		}
	}

	out := map[string]any{
		"window_end":             newest,
		"window":                 since.String(),
		"total_alerts":           total,
		"signatures":             list,
		"hosts_multi_high_sev":   multi,
		"noise_folded_by_sid":    noiseCount,
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	_ = enc.Encode(out)
}
