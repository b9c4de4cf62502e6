package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"time"
)

type person struct {
	Name  string   `json:"name"`
	Email []string `json:"email"`
	Phone []string `json:"phone,omitempty"`
	Label []string `json:"label,omitempty"`
	Since string   `json:"customer_since,omitempty"`
}

func main() {
	csvPath := flag.String("csv", "customers.csv", "store export")
	dry := flag.Bool("dry-run", false, "don't create anything")
	flag.Parse()

	token := os.Getenv("PIPEDRIFT_API_TOKEN")
	company := os.Getenv("PIPEDRIFT_COMPANY")
	if token == "" || company == "" {
		fmt.Fprintln(os.Stderr, "PIPEDRIFT_API_TOKEN and PIPEDRIFT_COMPANY must be set")
		os.Exit(1)
	}
	base := fmt.Sprintf("https://%s.pipedrift.example/api/v1", company)
	client := &http.Client{Timeout: 20 * time.Second}

	f, err := os.Open(*csvPath)
	if err != nil {
		panic(err)
	}
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		panic(err)
	}
	hdr := map[string]int{}
	for i, h := range rows[0] {
		hdr[h] = i
	}
	created, skipped := 0, 0
	for _, r := range rows[1:] {
		email := r[hdr["email"]]
		q := url.Values{"term": {email}, "fields": {"email"}, "exact_match": {"true"}}
		req, _ := http.NewRequest("GET", base+"/persons/search?"+q.Encode(), nil)
		req.Header.Set("x-api-token", token)
		resp, err := client.Do(req)
		if err != nil {
			panic(err)
		}
		var sr struct {
			Data struct{ Items []any } `json:"data"`
		}
		json.NewDecoder(resp.Body).Decode(&sr)
		resp.Body.Close()
		if len(sr.Data.Items) > 0 {
			skipped++
			continue
		}
		p := person{Name: r[hdr["first_name"]] + " " + r[hdr["last_name"]], Email: []string{email}, Since: r[hdr["created_at"]]}
		if ph := r[hdr["phone"]]; ph != "" {
			p.Phone = []string{ph}
		}
		if r[hdr["marketing_opt_in"]] == "no" {
			p.Label = []string{"no-marketing"}
		}
		created++
		if *dry {
			continue
		}
		b, _ := json.Marshal(p)
		req, _ = http.NewRequest("POST", base+"/persons", bytes.NewReader(b))
		req.Header.Set("x-api-token", token)
		req.Header.Set("Content-Type", "application/json")
		if resp, err := client.Do(req); err != nil || resp.StatusCode >= 300 {
			fmt.Fprintf(os.Stderr, "failed for %s\n", email)
		}
	}
	fmt.Printf("create=%d skip=%d dry_run=%v\n", created, skipped, *dry)
}
