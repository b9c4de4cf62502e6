// allowance-audit: read-only ERC-20 approval audit over JSON-RPC.
package main

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math/big"
	"net/http"
	"os"
	"sort"
	"strings"
	"time"
)

// keccak256("Approval(address,address,uint256)")
const approvalTopic = "0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925"

// allowance(address,address)
const allowanceSelector = "dd62ed3e"

var unlimited = new(big.Int).Lsh(big.NewInt(1), 128)

var builtinKnown = map[string]string{
	"0x000000000022d473030f116ddee9f6b43ac78ba3": "Uniswap Permit2",
	"0x3fc91a3afd70395cd496c647d5a6cc9d4b2b7fad": "Uniswap Universal Router",
	"0x1111111254eeb25477b68fb85ed929f73a960582": "1inch v5 Router",
	"0x111111125421ca6dc452d289314280a0f8842a65": "1inch v6 Router",
	"0xdef1c0ded9bec7f1a1670819833240f027b25eff": "0x Exchange Proxy",
}

type rpcReq struct {
	JSONRPC string        `json:"jsonrpc"`
	ID      int           `json:"id"`
	Method  string        `json:"method"`
	Params  []interface{} `json:"params"`
}

type rpcResp struct {
	Result json.RawMessage `json:"result"`
	Error  *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

type client struct {
	url string
	hc  *http.Client
	id  int
}

func (c *client) call(method string, params []interface{}, out interface{}) error {
	c.id++
	body, _ := json.Marshal(rpcReq{"2.0", c.id, method, params})
	resp, err := c.hc.Post(c.url, "application/json", bytes.NewReader(body))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var r rpcResp
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		return fmt.Errorf("%s: decode: %w", method, err)
	}
	if r.Error != nil {
		return fmt.Errorf("%s: rpc error %d: %s", method, r.Error.Code, r.Error.Message)
	}
	return json.Unmarshal(r.Result, out)
}

type logEntry struct {
	Address     string   `json:"address"`
	Topics      []string `json:"topics"`
	BlockNumber string   `json:"blockNumber"`
	TxHash      string   `json:"transactionHash"`
}

func pad32(addr string) string {
	return "0x" + strings.Repeat("0", 24) + strings.TrimPrefix(strings.ToLower(addr), "0x")
}

func topicToAddr(t string) string {
	t = strings.TrimPrefix(t, "0x")
	if len(t) < 40 {
		return ""
	}
	return "0x" + t[len(t)-40:]
}

func hexToBig(h string) *big.Int {
	n := new(big.Int)
	h = strings.TrimPrefix(h, "0x")
	if h == "" {
		return n
	}
	n.SetString(h, 16)
	return n
}

type key struct{ token, spender string }

type approval struct {
	token, spender, lastTx string
	lastBlock              uint64
	current                *big.Int
}

func main() {
	owner := flag.String("owner", "", "wallet address to audit (0x...)")
	fromBlock := flag.Uint64("from-block", 0, "first block to scan for Approval logs")
	step := flag.Uint64("step", 50000, "eth_getLogs block range per request")
	knownFile := flag.String("known", "", "file with trusted spender addresses, one per line (optional: '0xaddr label')")
	asCSV := flag.Bool("csv", false, "CSV output")
	flag.Parse()

	rpc := os.Getenv("ETH_RPC_URL")
	if rpc == "" || *owner == "" || !strings.HasPrefix(*owner, "0x") || len(*owner) != 42 {
		fmt.Fprintln(os.Stderr, "usage: ETH_RPC_URL=... allowance-audit -owner 0x<40 hex> [-from-block N]")
		os.Exit(2)
	}
	ownerLC := strings.ToLower(*owner)
	known := map[string]string{}
	for k, v := range builtinKnown {
		known[k] = v
	}
	if *knownFile != "" {
		if err := loadKnown(*knownFile, known); err != nil {
			fmt.Fprintln(os.Stderr, "known:", err)
			os.Exit(1)
		}
	}

	c := &client{url: rpc, hc: &http.Client{Timeout: 30 * time.Second}}

	var headHex string
	if err := c.call("eth_blockNumber", []interface{}{}, &headHex); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	head := hexToBig(headHex).Uint64()

	seen := map[key]*approval{}
	for start := *fromBlock; start <= head; {
		end := start + *step - 1
		if end > head {
			end = head
		}
		filter := map[string]interface{}{
			"fromBlock": fmt.Sprintf("0x%x", start),
			"toBlock":   fmt.Sprintf("0x%x", end),
			"topics":    []interface{}{approvalTopic, pad32(ownerLC)},
		}
		var logs []logEntry
		if err := c.call("eth_getLogs", []interface{}{filter}, &logs); err != nil {
			// providers signal "range too large" in different ways; halve and retry
			if *step > 1000 && isRangeErr(err) {
				*step /= 2 // redo this window with a smaller range
				continue
			}
			fmt.Fprintln(os.Stderr, "getLogs:", err)
			os.Exit(1)
		}
		for _, l := range logs {
			if len(l.Topics) != 3 {
				continue // ERC-20 Approval has 3 topics; ERC-721 Approval has 4 (indexed tokenId)
			}
			k := key{strings.ToLower(l.Address), topicToAddr(l.Topics[2])}
			bn := hexToBig(l.BlockNumber).Uint64()
			if a, ok := seen[k]; !ok || bn >= a.lastBlock {
				seen[k] = &approval{token: k.token, spender: k.spender, lastTx: l.TxHash, lastBlock: bn}
			}
		}
		if !*asCSV {
			fmt.Fprintf(os.Stderr, "\rscanned to block %d / %d, %d pairs", end, head, len(seen))
		}
		start = end + 1
	}
	if !*asCSV {
		fmt.Fprintln(os.Stderr)
	}

	list := make([]*approval, 0, len(seen))
	for _, a := range seen {
		data := "0x" + allowanceSelector + strings.Repeat("0", 24) + ownerLC[2:] + strings.Repeat("0", 24) + a.spender[2:]
		var res string
		if err := c.call("eth_call", []interface{}{map[string]string{"to": a.token, "data": data}, "latest"}, &res); err != nil {
			fmt.Fprintf(os.Stderr, "allowance %s/%s: %v\n", a.token, a.spender, err)
			a.current = big.NewInt(-1)
		} else {
			a.current = hexToBig(res)
		}
		list = append(list, a)
	}
	sort.Slice(list, func(i, j int) bool { return list[i].current.Cmp(list[j].current) > 0 })

	if *asCSV {
		w := csv.NewWriter(os.Stdout)
		w.Write([]string{"token", "spender", "spender_label", "allowance", "unlimited", "last_approval_tx", "block"})
		for _, a := range list {
			w.Write([]string{a.token, a.spender, known[a.spender], a.current.String(),
				fmt.Sprint(a.current.Cmp(unlimited) >= 0), a.lastTx, fmt.Sprint(a.lastBlock)})
		}
		w.Flush()
		return
	}

	risky := 0
	fmt.Printf("%-42s  %-42s  %-10s  %s\n", "TOKEN", "SPENDER", "ALLOWANCE", "NOTE")
	for _, a := range list {
		amt := a.current.String()
		note := known[a.spender]
		switch {
		case a.current.Sign() < 0:
			amt = "error"
		case a.current.Cmp(unlimited) >= 0:
			amt = "UNLIMITED"
		}
		if note == "" && a.current.Sign() > 0 {
			note = "unknown spender"
			if a.current.Cmp(unlimited) >= 0 {
				note = "UNKNOWN SPENDER, UNLIMITED — review/revoke"
				risky++
			}
		}
		fmt.Printf("%-42s  %-42s  %-10s  %s\n", a.token, a.spender, amt, note)
	}
	fmt.Printf("\n%d approval pair(s), %d high-risk\n", len(list), risky)
}

func isRangeErr(err error) bool {
	s := strings.ToLower(err.Error())
	for _, p := range []string{"range", "too many", "limit", "10000 results", "block range"} {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

func loadKnown(path string, m map[string]string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) == 0 || strings.HasPrefix(fields[0], "#") {
			continue
		}
		a := strings.ToLower(fields[0])
		if len(a) != 42 {
			return errors.New("bad address: " + fields[0])
		}
		label := "trusted"
		if len(fields) > 1 {
			label = strings.Join(fields[1:], " ")
		}
		m[a] = label
	}
	return sc.Err()
}
