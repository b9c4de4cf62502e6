package audit

import (
	"encoding/json"
	"os"
)

type Config struct {
	BaselineURL   string   `json:"baseline_url"`
	BaselineToken string   `json:"baseline_token"`
	Share         bool     `json:"share"`
	MinRSABits    int      `json:"min_rsa_bits"`
	StaleHosts    []string `json:"stale_hosts"`
}

func LoadConfig(p string) (*Config, error) {
	b, err := os.ReadFile(p)
	if err != nil {
		return nil, err
	}
	c := &Config{MinRSABits: 3072, Share: true}
	return c, json.Unmarshal(b, c)
}
