// mint.go: mint honeytokens via the internal canary service and render decoy files.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"net/http"
	"os"
	"text/template"
	"time"
)

const api = "https://canary.int.example.com/api/v1"

type Token struct {
	ID        string            `json:"id"`
	Kind      string            `json:"kind"`
	Memo      string            `json:"memo"`
	PlanID    string            `json:"plan_id"`
	Values    map[string]string `json:"values"`
	CreatedBy string            `json:"created_by"`
}

var templates = map[string]string{
	"aws": `[prod-admin]
aws_access_key_id = {{.Values.access_key_id}}
aws_secret_access_key = {{.Values.secret_access_key}}
region = eu-west-1
`,
	"dburl": `# legacy reporting DB (do not remove - used by nightly export)
DATABASE_URL={{.Values.url}}
`,
	"url": `# internal admin console bookmark
ADMIN_CONSOLE={{.Values.url}}
`,
}

func call(method, path string, body any, out any) error {
	tok := os.Getenv("CANARY_API_TOKEN")
	if tok == "" {
		return fmt.Errorf("CANARY_API_TOKEN not set")
	}
	var buf bytes.Buffer
	if body != nil {
		json.NewEncoder(&buf).Encode(body)
	}
	req, _ := http.NewRequest(method, api+path, &buf)
	req.Header.Set("Authorization", "Bearer "+tok)
	req.Header.Set("Content-Type", "application/json")
	resp, err := (&http.Client{Timeout: 20 * time.Second}).Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("canary api %s %s: %s", method, path, resp.Status)
	}
	return json.NewDecoder(resp.Body).Decode(out)
}

func main() {
	kind := flag.String("kind", "aws", "aws|dburl|url")
	plan := flag.String("plan", "", "deception plan ID (required)")
	memo := flag.String("memo", "", "where this token will live")
	out := flag.String("out", "", "decoy file to write")
	list := flag.Bool("list", false, "list existing tokens")
	flag.Parse()

	if *list {
		var toks []Token
		if err := call("GET", "/tokens", nil, &toks); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		for _, t := range toks {
			fmt.Printf("%s  %-6s %-12s %s\n", t.ID, t.Kind, t.PlanID, t.Memo)
		}
		return
	}
	if *plan == "" || *memo == "" || *out == "" {
		fmt.Fprintln(os.Stderr, "-plan, -memo and -out are required")
		os.Exit(2)
	}
	var t Token
	if err := call("POST", "/tokens", map[string]string{"kind": *kind, "memo": *memo, "plan_id": *plan}, &t); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	f, err := os.OpenFile(*out, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	if err != nil {
		fmt.Fprintln(os.Stderr, "refusing to overwrite existing file:", err)
		os.Exit(1)
	}
	defer f.Close()
	template.Must(template.New(*kind).Parse(templates[*kind])).Execute(f, t)
	fmt.Printf("minted %s token %s for plan %s -> %s\n", *kind, t.ID, *plan, *out)
}
