package rpc

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"strings"
	"time"
)

type Client struct {
	URL  string
	HTTP *http.Client
}

func New(url string) *Client {
	return &Client{URL: url, HTTP: &http.Client{Timeout: 10 * time.Second}}
}

type request struct {
	JSONRPC string        `json:"jsonrpc"`
	ID      int           `json:"id"`
	Method  string        `json:"method"`
	Params  []interface{} `json:"params"`
}

type response struct {
	Result json.RawMessage `json:"result"`
	Error  *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

func (c *Client) Call(ctx context.Context, method string, out interface{}, params ...interface{}) error {
	if params == nil {
		params = []interface{}{}
	}
	body, _ := json.Marshal(request{JSONRPC: "2.0", ID: 1, Method: method, Params: params})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.URL, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var r response
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		return err
	}
	if r.Error != nil {
		return fmt.Errorf("%s: %d %s", method, r.Error.Code, r.Error.Message)
	}
	return json.Unmarshal(r.Result, out)
}

func HexToUint(s string) uint64 {
	n, ok := new(big.Int).SetString(strings.TrimPrefix(s, "0x"), 16)
	if !ok {
		return 0
	}
	return n.Uint64()
}

func (c *Client) BlockNumber(ctx context.Context) (uint64, error) {
	var s string
	if err := c.Call(ctx, "eth_blockNumber", &s); err != nil {
		return 0, err
	}
	return HexToUint(s), nil
}

func (c *Client) PeerCount(ctx context.Context) (uint64, error) {
	var s string
	if err := c.Call(ctx, "net_peerCount", &s); err != nil {
		return 0, err
	}
	return HexToUint(s), nil
}

// Syncing returns nil when the node is in sync.
func (c *Client) Syncing(ctx context.Context) (map[string]string, error) {
	var raw json.RawMessage
	if err := c.Call(ctx, "eth_syncing", &raw); err != nil {
		return nil, err
	}
	if string(raw) == "false" {
		return nil, nil
	}
	m := map[string]string{}
	_ = json.Unmarshal(raw, &m)
	return m, nil
}

func (c *Client) LatestTimestamp(ctx context.Context) (time.Time, error) {
	var blk struct {
		Timestamp string `json:"timestamp"`
	}
	if err := c.Call(ctx, "eth_getBlockByNumber", &blk, "latest", false); err != nil {
		return time.Time{}, err
	}
	return time.Unix(int64(HexToUint(blk.Timestamp)), 0), nil
}

func (c *Client) TxPool(ctx context.Context) (pending, queued uint64, err error) {
	var st struct {
		Pending string `json:"pending"`
		Queued  string `json:"queued"`
	}
	if err = c.Call(ctx, "txpool_status", &st); err != nil {
		return 0, 0, err
	}
	return HexToUint(st.Pending), HexToUint(st.Queued), nil
}
