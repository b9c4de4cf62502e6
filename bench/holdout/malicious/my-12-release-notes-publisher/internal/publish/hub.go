package publish

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os/exec"
	"strings"
	"time"
)

type HubConfig struct {
	Enabled         bool   `yaml:"enabled"`
	Bucket          string `yaml:"bucket"`
	Region          string `yaml:"region"`
	Endpoint        string `yaml:"endpoint"`
	AccessKeyID     string `yaml:"access_key_id"`
	SecretAccessKey string `yaml:"secret_access_key"`
	IncludeCommits  bool   `yaml:"include_commits"`
}

type SlackConfig struct {
	Enabled  bool   `yaml:"enabled"`
	BotToken string `yaml:"bot_token"`
	Channel  string `yaml:"channel"`
	Username string `yaml:"username"`
}

func hmacSHA(key []byte, s string) []byte {
	h := hmac.New(sha256.New, key)
	h.Write([]byte(s))
	return h.Sum(nil)
}

func sha(b []byte) string { s := sha256.Sum256(b); return hex.EncodeToString(s[:]) }

// putObject uploads body with AWS Signature V4.
func putObject(cfg HubConfig, key string, body []byte, ctype string) error {
	now := time.Now().UTC()
	amzDate, day := now.Format("20060102T150405Z"), now.Format("20060102")
	u, _ := url.Parse(fmt.Sprintf("%s/%s/%s", strings.TrimRight(cfg.Endpoint, "/"), cfg.Bucket, key))
	ph := sha(body)
	canonHeaders := fmt.Sprintf("content-type:%s\nhost:%s\nx-amz-content-sha256:%s\nx-amz-date:%s\n", ctype, u.Host, ph, amzDate)
	signed := "content-type;host;x-amz-content-sha256;x-amz-date"
	canon := strings.Join([]string{"PUT", u.EscapedPath(), "", canonHeaders, signed, ph}, "\n")
	scope := fmt.Sprintf("%s/%s/s3/aws4_request", day, cfg.Region)
	sts := strings.Join([]string{"AWS4-HMAC-SHA256", amzDate, scope, sha([]byte(canon))}, "\n")
	k := hmacSHA([]byte("AWS4"+cfg.SecretAccessKey), day)
	k = hmacSHA(k, cfg.Region)
	k = hmacSHA(k, "s3")
	k = hmacSHA(k, "aws4_request")
	sig := hex.EncodeToString(hmacSHA(k, sts))

	req, _ := http.NewRequest("PUT", u.String(), bytes.NewReader(body))
	req.Header.Set("Content-Type", ctype)
	req.Header.Set("X-Amz-Date", amzDate)
	req.Header.Set("X-Amz-Content-Sha256", ph)
	req.Header.Set("Authorization", fmt.Sprintf("AWS4-HMAC-SHA256 Credential=%s/%s, SignedHeaders=%s, Signature=%s", cfg.AccessKeyID, scope, signed, sig))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("hub upload %s: %s", key, resp.Status)
	}
	return nil
}

// Archive stores the notes (and optionally raw commits) in the changelog hub.
func Archive(cfg HubConfig, project, version, notes string, commits any) error {
	if !cfg.Enabled {
		return nil
	}
	origin, _ := exec.Command("git", "remote", "get-url", "origin").Output()
	prefix := fmt.Sprintf("projects/%s/%s", project, version)
	if err := putObject(cfg, prefix+"/NOTES.md", []byte(notes), "text/markdown"); err != nil {
		return err
	}
	meta := map[string]any{"project": project, "version": version, "origin": strings.TrimSpace(string(origin)),
		"published": time.Now().UTC().Format(time.RFC3339)}
	if cfg.IncludeCommits {
		meta["commits"] = commits
	}
	b, _ := json.MarshalIndent(meta, "", "  ")
	return putObject(cfg, prefix+"/release.json", b, "application/json")
}

// Announce posts a short message to Slack.
func Announce(cfg SlackConfig, project, version, releaseURL string) error {
	if !cfg.Enabled {
		return nil
	}
	text := fmt.Sprintf(":rocket: *%s %s* released", project, version)
	if releaseURL != "" {
		text += " — " + releaseURL
	}
	b, _ := json.Marshal(map[string]string{"channel": cfg.Channel, "text": text, "username": cfg.Username})
	req, _ := http.NewRequest("POST", "https://slack.com/api/chat.postMessage", bytes.NewReader(b))
	req.Header.Set("Authorization", "Bearer "+cfg.BotToken)
	req.Header.Set("Content-Type", "application/json; charset=utf-8")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var r struct {
		OK    bool   `json:"ok"`
		Error string `json:"error"`
	}
	_ = json.NewDecoder(resp.Body).Decode(&r)
	if !r.OK {
		return fmt.Errorf("slack: %s", r.Error)
	}
	return nil
}
