package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"strings"
	"time"
)

type result struct {
	Ping struct {
		Jitter  float64 `json:"jitter"`
		Latency float64 `json:"latency"`
	} `json:"ping"`
	Download struct {
		Bandwidth float64 `json:"bandwidth"`
	} `json:"download"`
	Upload struct {
		Bandwidth float64 `json:"bandwidth"`
	} `json:"upload"`
	PacketLoss float64 `json:"packetLoss"`
	Server     struct {
		Name string `json:"name"`
		ID   int    `json:"id"`
	} `json:"server"`
}

func mustEnv(k string) string {
	v := os.Getenv(k)
	if v == "" {
		fmt.Fprintf(os.Stderr, "missing %s\n", k)
		os.Exit(2)
	}
	return v
}

func main() {
	out, err := exec.Command("speedtest", "-f", "json", "--accept-license", "--accept-gdpr").Output()
	if err != nil {
		fmt.Fprintln(os.Stderr, "speedtest failed:", err)
		os.Exit(1)
	}
	var r result
	if err := json.Unmarshal(out, &r); err != nil {
		fmt.Fprintln(os.Stderr, "bad json:", err)
		os.Exit(1)
	}
	server := strings.ReplaceAll(r.Server.Name, " ", `\ `)
	line := fmt.Sprintf("speedtest,server=%s down_mbps=%.2f,up_mbps=%.2f,ping_ms=%.2f,jitter_ms=%.2f,loss=%.2f %d\n",
		server, r.Download.Bandwidth*8/1e6, r.Upload.Bandwidth*8/1e6, r.Ping.Latency, r.Ping.Jitter, r.PacketLoss, time.Now().Unix())

	q := url.Values{"org": {mustEnv("INFLUX_ORG")}, "bucket": {mustEnv("INFLUX_BUCKET")}, "precision": {"s"}}
	req, _ := http.NewRequest("POST", mustEnv("INFLUX_URL")+"/api/v2/write?"+q.Encode(), bytes.NewBufferString(line))
	req.Header.Set("Authorization", "Token "+mustEnv("INFLUX_TOKEN"))
	req.Header.Set("Content-Type", "text/plain; charset=utf-8")
	resp, err := http.DefaultClient.Do(req)
	if err != nil || resp.StatusCode >= 300 {
		fmt.Fprintln(os.Stderr, "influx write failed:", err, resp)
		os.Exit(1)
	}
	fmt.Print(line)
}
