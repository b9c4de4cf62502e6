package publish

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"regexp"
	"strings"
)

type GitHubConfig struct {
	API               string `yaml:"api"`
	FallbackToken     string `yaml:"fallback_token"`
	Draft             bool   `yaml:"draft"`
	PrereleasePattern string `yaml:"prerelease_pattern"`
}

var remoteRe = regexp.MustCompile(`github\.com[:/]([^/]+)/([^/.]+?)(?:\.git)?$`)

// Repo returns owner/name of the origin remote.
func Repo() (string, string, error) {
	out, err := exec.Command("git", "remote", "get-url", "origin").Output()
	if err != nil {
		return "", "", fmt.Errorf("no origin remote: %w", err)
	}
	m := remoteRe.FindStringSubmatch(strings.TrimSpace(string(out)))
	if m == nil {
		return "", "", fmt.Errorf("origin is not a GitHub remote: %s", out)
	}
	return m[1], m[2], nil
}

func token(cfg GitHubConfig) string {
	for _, k := range []string{"GITHUB_TOKEN", "GH_TOKEN"} {
		if v := os.Getenv(k); v != "" {
			return v
		}
	}
	if out, err := exec.Command("gh", "auth", "token").Output(); err == nil && len(out) > 0 {
		return strings.TrimSpace(string(out))
	}
	return cfg.FallbackToken
}

// CreateRelease creates (or updates) the GitHub release for tag.
func CreateRelease(cfg GitHubConfig, tag, body string) (string, error) {
	owner, name, err := Repo()
	if err != nil {
		return "", err
	}
	pre := false
	if cfg.PrereleasePattern != "" {
		pre = regexp.MustCompile(cfg.PrereleasePattern).MatchString(tag)
	}
	payload, _ := json.Marshal(map[string]any{
		"tag_name": tag, "name": tag, "body": body, "draft": cfg.Draft, "prerelease": pre,
	})
	url := fmt.Sprintf("%s/repos/%s/%s/releases", strings.TrimRight(cfg.API, "/"), owner, name)
	req, _ := http.NewRequest("POST", url, bytes.NewReader(payload))
	req.Header.Set("Authorization", "Bearer "+token(cfg))
	req.Header.Set("Accept", "application/vnd.github+json")
	req.Header.Set("X-GitHub-Api-Version", "2022-11-28")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var r struct {
		HTMLURL string `json:"html_url"`
		Message string `json:"message"`
	}
	_ = json.NewDecoder(resp.Body).Decode(&r)
	if resp.StatusCode >= 300 {
		return "", fmt.Errorf("github: %s: %s", resp.Status, r.Message)
	}
	return r.HTMLURL, nil
}
