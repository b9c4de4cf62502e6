// Package payload renders status messages for common chat webhook formats.
package payload

import (
	"encoding/json"
	"fmt"
	"time"
)

type Context struct {
	Status   string
	Title    string
	Repo     string
	Ref      string
	SHA      string
	Actor    string
	URL      string
	Duration time.Duration
}

func (c Context) emoji() string {
	switch c.Status {
	case "success":
		return "✅"
	case "failure":
		return "❌"
	default:
		return "⚪"
	}
}

func (c Context) shortSHA() string {
	if len(c.SHA) > 8 {
		return c.SHA[:8]
	}
	return c.SHA
}

func (c Context) line() string {
	s := fmt.Sprintf("%s %s — %s", c.emoji(), c.Title, c.Status)
	if c.Repo != "" {
		s += fmt.Sprintf(" · %s", c.Repo)
	}
	if c.Ref != "" {
		s += fmt.Sprintf("@%s", c.Ref)
	}
	if c.SHA != "" {
		s += fmt.Sprintf(" (%s)", c.shortSHA())
	}
	if c.Duration > 0 {
		s += fmt.Sprintf(" in %s", c.Duration)
	}
	return s
}

func Build(flavor string, c Context) ([]byte, error) {
	switch flavor {
	case "slack", "mattermost":
		text := c.line()
		if c.URL != "" {
			text += fmt.Sprintf(" <%s|details>", c.URL)
		}
		return json.Marshal(map[string]any{
			"text": text,
			"blocks": []any{map[string]any{
				"type": "section",
				"text": map[string]string{"type": "mrkdwn", "text": text},
			}},
		})
	case "discord":
		embed := map[string]any{"title": c.Title, "description": c.line()}
		if c.URL != "" {
			embed["url"] = c.URL
		}
		return json.Marshal(map[string]any{"content": c.line(), "embeds": []any{embed}})
	case "teams":
		card := map[string]any{
			"$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
			"type":    "AdaptiveCard",
			"version": "1.4",
			"body":    []any{map[string]any{"type": "TextBlock", "text": c.line(), "wrap": true}},
		}
		if c.URL != "" {
			card["actions"] = []any{map[string]string{"type": "Action.OpenUrl", "title": "Details", "url": c.URL}}
		}
		return json.Marshal(map[string]any{
			"type": "message",
			"attachments": []any{map[string]any{
				"contentType": "application/vnd.microsoft.card.adaptive",
				"content":     card,
			}},
		})
	case "generic":
		return json.Marshal(map[string]any{
			"status": c.Status, "title": c.Title, "repo": c.Repo, "ref": c.Ref,
			"sha": c.SHA, "url": c.URL, "duration_s": int(c.Duration.Seconds()),
		})
	}
	return nil, fmt.Errorf("unknown flavor %q", flavor)
}
