// Command buildnotify posts a build status message to a user-configured webhook.
package main

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"regexp"
	"strconv"
	"strings"
	"time"
)

type fields []string

func (f *fields) String() string     { return strings.Join(*f, ",") }
func (f *fields) Set(v string) error { *f = append(*f, v); return nil }

var tokenLike = regexp.MustCompile(`(?i)(gh[pousr]_[A-Za-z0-9]{20,}|xox[abprs]-[A-Za-z0-9-]{10,}|AKIA[0-9A-Z]{16}|bearer\s+[A-Za-z0-9._-]{20,}|password\s*[:=])`)

var colors = map[string]string{"success": "#2EB67D", "failure": "#E01E5A", "cancelled": "#9B9B9B", "started": "#36C5F0"}
var emoji = map[string]string{"success": ":white_check_mark:", "failure": ":x:", "cancelled": ":heavy_minus_sign:", "started": ":hourglass_flowing_sand:"}

func sanitize(text string) string {
	var keep []string
	for _, line := range strings.Split(text, "\n") {
		if tokenLike.MatchString(line) {
			keep = append(keep, "[line removed: looked like a credential]")
			continue
		}
		keep = append(keep, line)
	}
	out := strings.Join(keep, "\n")
	if len(out) > 1500 {
		out = out[:1500] + "…"
	}
	return out
}

func detectKind(u *url.URL) string {
	h := u.Hostname()
	switch {
	case strings.HasSuffix(h, "hooks.slack.com"):
		return "slack"
	case strings.HasSuffix(h, "discord.com") || strings.HasSuffix(h, "discordapp.com"):
		return "discord"
	case strings.Contains(h, "webhook.office.com") || strings.Contains(h, "logic.azure.com"):
		return "teams"
	}
	return "generic"
}

func buildPayload(kind, status, title, text, link, mention string, kv map[string]string) any {
	header := fmt.Sprintf("%s %s: %s", emoji[status], title, status)
	if status == "failure" && mention != "" {
		header = mention + " " + header
	}
	switch kind {
	case "slack":
		var fs []map[string]string
		for k, v := range kv {
			fs = append(fs, map[string]string{"type": "mrkdwn", "text": fmt.Sprintf("*%s*\n%s", k, v)})
		}
		blocks := []any{map[string]any{"type": "section", "text": map[string]string{"type": "mrkdwn", "text": header}}}
		if text != "" {
			blocks = append(blocks, map[string]any{"type": "section", "text": map[string]string{"type": "mrkdwn", "text": "```" + text + "```"}})
		}
		if len(fs) > 0 {
			blocks = append(blocks, map[string]any{"type": "section", "fields": fs})
		}
		if link != "" {
			blocks = append(blocks, map[string]any{"type": "actions", "elements": []any{map[string]any{"type": "button", "text": map[string]string{"type": "plain_text", "text": "Open run"}, "url": link}}})
		}
		return map[string]any{"text": header, "attachments": []any{map[string]any{"color": colors[status], "blocks": blocks}}}
	case "discord":
		var fs []map[string]any
		for k, v := range kv {
			fs = append(fs, map[string]any{"name": k, "value": v, "inline": true})
		}
		c, _ := strconv.ParseInt(strings.TrimPrefix(colors[status], "#"), 16, 32)
		return map[string]any{"content": mentionIf(status, mention), "embeds": []any{map[string]any{"title": title + ": " + status, "description": text, "url": link, "color": c, "fields": fs}}}
	case "teams":
		var facts []map[string]string
		for k, v := range kv {
			facts = append(facts, map[string]string{"title": k, "value": v})
		}
		card := map[string]any{
			"$schema": "http://adaptivecards.io/schemas/adaptive-card.json", "type": "AdaptiveCard", "version": "1.4",
			"body": []any{
				map[string]any{"type": "TextBlock", "weight": "Bolder", "text": header, "wrap": true},
				map[string]any{"type": "TextBlock", "text": text, "wrap": true, "fontType": "Monospace"},
				map[string]any{"type": "FactSet", "facts": facts},
			},
		}
		if link != "" {
			card["actions"] = []any{map[string]any{"type": "Action.OpenUrl", "title": "Open run", "url": link}}
		}
		return map[string]any{"type": "message", "attachments": []any{map[string]any{"contentType": "application/vnd.microsoft.card.adaptive", "content": card}}}
	default:
		return map[string]any{"status": status, "title": title, "text": text, "url": link, "fields": kv, "sent_at": time.Now().UTC().Format(time.RFC3339)}
	}
}

func mentionIf(status, mention string) string {
	if status == "failure" {
		return mention
	}
	return ""
}

func main() {
	status := flag.String("status", "success", "success|failure|cancelled|started")
	title := flag.String("title", "build", "short title")
	text := flag.String("text", "", "optional body text")
	link := flag.String("url", "", "link to the run")
	dry := flag.Bool("dry-run", false, "print payload, don't send")
	var fl fields
	flag.Var(&fl, "field", "key=value (repeatable)")
	flag.Parse()

	if _, ok := colors[*status]; !ok {
		fmt.Fprintln(os.Stderr, "unknown status", *status)
		os.Exit(64)
	}
	raw := os.Getenv("NOTIFY_WEBHOOK_URL")
	if raw == "" {
		fmt.Fprintln(os.Stderr, "NOTIFY_WEBHOOK_URL not set")
		os.Exit(1)
	}
	u, err := url.Parse(raw)
	if err != nil || u.Scheme != "https" {
		fmt.Fprintln(os.Stderr, "NOTIFY_WEBHOOK_URL must be an https URL")
		os.Exit(1)
	}
	kind := os.Getenv("NOTIFY_KIND")
	if kind == "" {
		kind = detectKind(u)
	}
	kv := map[string]string{}
	for _, f := range fl {
		if k, v, ok := strings.Cut(f, "="); ok {
			kv[k] = v
		}
	}
	body, _ := json.Marshal(buildPayload(kind, *status, *title, sanitize(*text), *link, os.Getenv("NOTIFY_MENTION"), kv))

	if *dry {
		fmt.Printf("kind=%s host=%s\n%s\n", kind, u.Host, body)
		return
	}

	req, _ := http.NewRequest(http.MethodPost, raw, bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "build-notify/1.3")
	if kind == "generic" {
		if secret := os.Getenv("NOTIFY_SIGNING_SECRET"); secret != "" {
			ts := strconv.FormatInt(time.Now().Unix(), 10)
			mac := hmac.New(sha256.New, []byte(secret))
			mac.Write([]byte(ts + "." + string(body)))
			req.Header.Set("X-Timestamp", ts)
			req.Header.Set("X-Signature-256", "sha256="+hex.EncodeToString(mac.Sum(nil)))
		}
	}
	client := &http.Client{Timeout: 10 * time.Second}
	var resp *http.Response
	for attempt := 1; attempt <= 3; attempt++ {
		resp, err = client.Do(req)
		if err == nil && resp.StatusCode < 500 && resp.StatusCode != 429 {
			break
		}
		if resp != nil {
			resp.Body.Close()
		}
		time.Sleep(time.Duration(attempt) * 2 * time.Second)
		req.Body = io.NopCloser(bytes.NewReader(body))
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "send to %s failed: %v\n", u.Host, err)
		os.Exit(2)
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		msg, _ := io.ReadAll(io.LimitReader(resp.Body, 512))
		fmt.Fprintf(os.Stderr, "%s returned %d: %s\n", u.Host, resp.StatusCode, msg)
		os.Exit(2)
	}
	fmt.Printf("notified %s (%s, %s)\n", u.Host, kind, *status)
}
