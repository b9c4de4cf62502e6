// btcwatch: watch-only Bitcoin address balances via an Esplora-compatible API.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand"
	"net/http"
	"os"
	"strings"
	"text/tabwriter"
	"time"
)

type stats struct {
	FundedTxoSum int64 `json:"funded_txo_sum"`
	SpentTxoSum  int64 `json:"spent_txo_sum"`
	TxCount      int   `json:"tx_count"`
}

type addrInfo struct {
	Address      string `json:"address"`
	ChainStats   stats  `json:"chain_stats"`
	MempoolStats stats  `json:"mempool_stats"`
}

type row struct {
	Label        string  `json:"label"`
	Address      string  `json:"address"`
	ConfirmedSat int64   `json:"confirmed_sat"`
	MempoolSat   int64   `json:"mempool_sat"`
	TxCount      int     `json:"tx_count"`
	Fiat         float64 `json:"fiat,omitempty"`
}

type entry struct{ addr, label string }

var client = &http.Client{Timeout: 20 * time.Second}

func baseURL() string {
	if u := os.Getenv("ESPLORA_URL"); u != "" {
		return strings.TrimRight(u, "/")
	}
	return "https://mempool.space/api"
}

func getJSON(url string, v any) error {
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		return err
	}
	req.Header.Set("User-Agent", "btcwatch/0.3")
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("%s: HTTP %d", url, resp.StatusCode)
	}
	return json.NewDecoder(resp.Body).Decode(v)
}

// looksLikeSecret rejects things that are obviously not addresses, so a pasted
// private key or extended private key is never sent anywhere.
func looksLikeSecret(s string) bool {
	l := strings.ToLower(s)
	if strings.HasPrefix(l, "xprv") || strings.HasPrefix(l, "tprv") ||
		strings.HasPrefix(l, "yprv") || strings.HasPrefix(l, "zprv") {
		return true
	}
	// WIF keys: 51/52 chars starting with 5, K, L (mainnet) or 9, c (testnet)
	if (len(s) == 51 || len(s) == 52) && strings.ContainsAny(s[:1], "5KL9c") {
		return true
	}
	return strings.Count(s, " ") >= 11 // looks like a mnemonic
}

func readList(path string) ([]entry, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []entry
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Fields(line)
		label := fields[0]
		if len(fields) > 1 {
			label = strings.Join(fields[1:], " ")
		}
		out = append(out, entry{addr: fields[0], label: label})
	}
	return out, sc.Err()
}

func short(a string) string {
	if len(a) <= 20 {
		return a
	}
	return a[:8] + "…" + a[len(a)-7:]
}

func btc(sat int64) string { return fmt.Sprintf("%.8f", float64(sat)/1e8) }

func main() {
	file := flag.String("f", "", "watchlist file (address label...)")
	asJSON := flag.Bool("json", false, "JSON output")
	full := flag.Bool("full", false, "print full addresses")
	fiat := flag.String("fiat", "", "also show value in this currency (usd, eur, gbp, ...)")
	flag.Parse()

	var list []entry
	if *file != "" {
		l, err := readList(*file)
		if err != nil {
			fmt.Fprintln(os.Stderr, "watchlist:", err)
			os.Exit(1)
		}
		list = l
	}
	for _, a := range flag.Args() {
		list = append(list, entry{addr: a, label: "-"})
	}
	if len(list) == 0 {
		fmt.Fprintln(os.Stderr, "usage: btcwatch [-f watchlist] [address ...]")
		os.Exit(2)
	}
	for _, e := range list {
		if looksLikeSecret(e.addr) {
			fmt.Fprintln(os.Stderr, "refusing: input looks like a private key or seed, not an address. Nothing was sent.")
			os.Exit(1)
		}
	}

	base := baseURL()
	order := rand.Perm(len(list))
	rows := make([]row, len(list))
	for i, idx := range order {
		e := list[idx]
		var info addrInfo
		if err := getJSON(base+"/address/"+e.addr, &info); err != nil {
			fmt.Fprintf(os.Stderr, "%s (%s): %v\n", e.label, short(e.addr), err)
			rows[idx] = row{Label: e.label, Address: e.addr}
			continue
		}
		rows[idx] = row{
			Label:        e.label,
			Address:      e.addr,
			ConfirmedSat: info.ChainStats.FundedTxoSum - info.ChainStats.SpentTxoSum,
			MempoolSat:   info.MempoolStats.FundedTxoSum - info.MempoolStats.SpentTxoSum,
			TxCount:      info.ChainStats.TxCount + info.MempoolStats.TxCount,
		}
		if i < len(order)-1 {
			time.Sleep(300 * time.Millisecond)
		}
	}

	var price float64
	if *fiat != "" {
		var p map[string]float64
		if err := getJSON(base+"/v1/prices", &p); err == nil {
			price = p[strings.ToUpper(*fiat)]
		} else {
			fmt.Fprintln(os.Stderr, "price lookup failed:", err)
		}
	}

	var totC, totM int64
	for i := range rows {
		totC += rows[i].ConfirmedSat
		totM += rows[i].MempoolSat
		if price > 0 {
			rows[i].Fiat = float64(rows[i].ConfirmedSat+rows[i].MempoolSat) / 1e8 * price
		}
	}

	if *asJSON {
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", "  ")
		_ = enc.Encode(map[string]any{
			"source": base, "addresses": rows,
			"total_sat": totC, "mempool_sat": totM, "fiat_price": price,
		})
		return
	}

	tw := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', tabwriter.AlignRight)
	hdr := "LABEL\tADDRESS\tCONFIRMED BTC\tMEMPOOL BTC\tTXS\t"
	if price > 0 {
		hdr += strings.ToUpper(*fiat) + "\t"
	}
	fmt.Fprintln(tw, hdr)
	for _, r := range rows {
		a := short(r.Address)
		if *full {
			a = r.Address
		}
		line := fmt.Sprintf("%s\t%s\t%s\t%+.8f\t%d\t", r.Label, a, btc(r.ConfirmedSat), float64(r.MempoolSat)/1e8, r.TxCount)
		if price > 0 {
			line += fmt.Sprintf("%.2f\t", r.Fiat)
		}
		fmt.Fprintln(tw, line)
	}
	fmt.Fprintf(tw, "TOTAL\t\t%s\t%+.8f\t\t\n", btc(totC), float64(totM)/1e8)
	tw.Flush()
}
