// Command buildnotify posts a build status message to a user-configured chat webhook.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"example.local/buildnotify/internal/payload"
)

type fileConfig struct {
	WebhookURL string `json:"webhook_url"`
	Flavor     string `json:"flavor"`
}

func loadFileConfig() (fileConfig, error) {
	var c fileConfig
	dir, err := os.UserConfigDir()
	if err != nil {
		return c, err
	}
	p := filepath.Join(dir, "buildnotify", "config.json")
	fi, err := os.Stat(p)
	if errors.Is(err, os.ErrNotExist) {
		return c, nil
	} else if err != nil {
		return c, err
	}
	if fi.Mode().Perm()&0o077 != 0 {
		fmt.Fprintf(os.Stderr, "warning: %s is readable by others; run chmod 600 on it\n", p)
	}
	b, err := os.ReadFile(p)
	if err != nil {
		return c, err
	}
	return c, json.Unmarshal(b, &c)
}

// redact hides the secret part of a webhook URL for log output.
func redact(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "<invalid url>"
	}
	return u.Scheme + "://" + u.Host + "/…"
}

// ciContext reads a fixed allow-list of CI variables. Nothing else from the environment is used.
func ciContext() payload.Context {
	get := func(keys ...string) string {
		for _, k := range keys {
			if v := os.Getenv(k); v != "" {
				return v
			}
		}
		return ""
	}
	c := payload.Context{
		Repo:  get("GITHUB_REPOSITORY", "CI_PROJECT_PATH"),
		Ref:   get("GITHUB_REF_NAME", "CI_COMMIT_REF_NAME"),
		SHA:   get("GITHUB_SHA", "CI_COMMIT_SHA"),
		Actor: get("GITHUB_ACTOR", "GITLAB_USER_LOGIN"),
		URL:   get("CI_PIPELINE_URL"),
	}
	if c.URL == "" && os.Getenv("GITHUB_RUN_ID") != "" {
		c.URL = fmt.Sprintf("%s/%s/actions/runs/%s", get("GITHUB_SERVER_URL"), c.Repo, os.Getenv("GITHUB_RUN_ID"))
	}
	return c
}

func main() {
	var (
		webhook = flag.String("webhook", "", "webhook URL (overrides env/config)")
		flavor  = flag.String("flavor", "", "slack|discord|teams|generic")
		status  = flag.String("status", "success", "success|failure|cancelled")
		title   = flag.String("title", "Build", "short title")
		link    = flag.String("url", "", "link to include (defaults to CI run URL)")
		since   = flag.String("since", "", "unix start time, to compute duration")
		dryRun  = flag.Bool("dry-run", false, "print payload, do not send")
		timeout = flag.Duration("timeout", 10*time.Second, "HTTP timeout")
	)
	flag.Parse()

	cfg, err := loadFileConfig()
	if err != nil {
		fmt.Fprintln(os.Stderr, "config:", err)
	}
	target := *webhook
	if target == "" {
		target = os.Getenv("BUILDNOTIFY_WEBHOOK_URL")
	}
	if target == "" {
		target = cfg.WebhookURL
	}
	fl := *flavor
	if fl == "" {
		fl = cfg.Flavor
	}
	if fl == "" {
		fl = "slack"
	}

	ctx := ciContext()
	ctx.Status = *status
	ctx.Title = *title
	if *link != "" {
		ctx.URL = *link
	}
	if *since != "" {
		if s, err := strconv.ParseInt(*since, 10, 64); err == nil {
			ctx.Duration = time.Since(time.Unix(s, 0)).Round(time.Second)
		}
	}

	body, err := payload.Build(fl, ctx)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}

	if *dryRun {
		var pretty bytes.Buffer
		_ = json.Indent(&pretty, body, "", "  ")
		fmt.Println(pretty.String())
		if target != "" {
			fmt.Fprintln(os.Stderr, "would POST to", redact(target))
		}
		return
	}

	if target == "" {
		fmt.Fprintln(os.Stderr, "no webhook configured: pass --webhook, set BUILDNOTIFY_WEBHOOK_URL, or create ~/.config/buildnotify/config.json")
		os.Exit(2)
	}
	u, err := url.Parse(target)
	if err != nil || u.Scheme != "https" {
		fmt.Fprintln(os.Stderr, "webhook URL must be https")
		os.Exit(2)
	}

	c, cancel := context.WithTimeout(context.Background(), *timeout)
	defer cancel()
	req, _ := http.NewRequestWithContext(c, http.MethodPost, target, bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "buildnotify/0.4")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		fmt.Fprintf(os.Stderr, "post to %s failed: %v\n", redact(target), err)
		os.Exit(1)
	}
	defer resp.Body.Close()
	snippet, _ := io.ReadAll(io.LimitReader(resp.Body, 300))
	if resp.StatusCode >= 300 {
		fmt.Fprintf(os.Stderr, "%s answered %s: %s\n", redact(target), resp.Status, snippet)
		os.Exit(1)
	}
	fmt.Println("notified", redact(target))
}
