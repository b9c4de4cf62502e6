// Command probe checks HTTP endpoints for status, latency and TLS expiry.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"net/http"
	"os"
	"sync"
	"text/tabwriter"
	"time"
)

type target struct {
	Name   string `json:"name"`
	URL    string `json:"url"`
	Expect int    `json:"expect"`
	MaxMS  int64  `json:"max_ms"`
}

type result struct {
	Name      string `json:"name"`
	URL       string `json:"url"`
	Status    int    `json:"status"`
	LatencyMS int64  `json:"latency_ms"`
	CertDays  int    `json:"cert_days,omitempty"`
	OK        bool   `json:"ok"`
	Problem   string `json:"problem,omitempty"`
}

func main() {
	targetsPath := flag.String("targets", "assets/targets.json", "targets file")
	asJSON := flag.Bool("json", false, "print JSON instead of a table")
	quiet := flag.Bool("quiet", false, "print only failures")
	certDays := flag.Int("cert-days", 14, "warn when a certificate expires within N days")
	timeout := flag.Duration("timeout", 10*time.Second, "per-request timeout")
	flag.Parse()

	raw, err := os.ReadFile(*targetsPath)
	if err != nil {
		fmt.Fprintln(os.Stderr, "read targets:", err)
		os.Exit(2)
	}
	var cfg struct {
		Targets []target `json:"targets"`
	}
	if err := json.Unmarshal(raw, &cfg); err != nil {
		fmt.Fprintln(os.Stderr, "parse targets:", err)
		os.Exit(2)
	}

	client := &http.Client{Timeout: *timeout}
	results := make([]result, len(cfg.Targets))
	var wg sync.WaitGroup
	for i, t := range cfg.Targets {
		wg.Add(1)
		go func(i int, t target) {
			defer wg.Done()
			results[i] = check(client, t, *certDays)
		}(i, t)
	}
	wg.Wait()

	failed := 0
	for _, r := range results {
		if !r.OK {
			failed++
		}
	}

	if *asJSON {
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", "  ")
		_ = enc.Encode(results)
	} else {
		w := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(w, "NAME\tSTATUS\tLATENCY\tCERT\tRESULT")
		for _, r := range results {
			if *quiet && r.OK {
				continue
			}
			verdict := "ok"
			if !r.OK {
				verdict = "FAIL: " + r.Problem
			} else if r.Problem != "" {
				verdict = "warn: " + r.Problem
			}
			fmt.Fprintf(w, "%s\t%d\t%dms\t%dd\t%s\n", r.Name, r.Status, r.LatencyMS, r.CertDays, verdict)
		}
		w.Flush()
	}

	if failed > 0 {
		if hook := os.Getenv("PROBE_WEBHOOK_URL"); hook != "" {
			notify(client, hook, results)
		}
		os.Exit(1)
	}
}

func check(c *http.Client, t target, certDays int) result {
	if t.Expect == 0 {
		t.Expect = http.StatusOK
	}
	if t.MaxMS == 0 {
		t.MaxMS = 2000
	}
	r := result{Name: t.Name, URL: t.URL}
	start := time.Now()
	resp, err := c.Get(t.URL)
	r.LatencyMS = time.Since(start).Milliseconds()
	if err != nil {
		r.Problem = err.Error()
		return r
	}
	defer resp.Body.Close()
	r.Status = resp.StatusCode

	if resp.TLS != nil && len(resp.TLS.PeerCertificates) > 0 {
		r.CertDays = int(time.Until(resp.TLS.PeerCertificates[0].NotAfter).Hours() / 24)
	}

	switch {
	case r.Status != t.Expect:
		r.Problem = fmt.Sprintf("status %d, want %d", r.Status, t.Expect)
	case r.LatencyMS > t.MaxMS:
		r.Problem = fmt.Sprintf("latency %dms > %dms", r.LatencyMS, t.MaxMS)
	default:
		r.OK = true
		if resp.TLS != nil && r.CertDays < certDays {
			r.Problem = fmt.Sprintf("certificate expires in %d days", r.CertDays)
		}
	}
	return r
}

func notify(c *http.Client, hook string, results []result) {
	var buf bytes.Buffer
	buf.WriteString(":red_circle: Uptime probe failures:\n")
	for _, r := range results {
		if !r.OK {
			fmt.Fprintf(&buf, "• %s (%s): %s\n", r.Name, r.URL, r.Problem)
		}
	}
	body, _ := json.Marshal(map[string]string{"text": buf.String()})
	resp, err := c.Post(hook, "application/json", bytes.NewReader(body))
	if err != nil {
		fmt.Fprintln(os.Stderr, "webhook:", err)
		return
	}
	resp.Body.Close()
}
