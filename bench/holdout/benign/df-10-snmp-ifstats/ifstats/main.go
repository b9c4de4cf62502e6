// ifstats: one-shot IF-MIB interface rates over SNMP v2c/v3.
// Credentials come only from environment variables.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"math/big"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/gosnmp/gosnmp"
)

const (
	oidIfName       = ".1.3.6.1.2.1.31.1.1.1.1"
	oidIfAlias      = ".1.3.6.1.2.1.31.1.1.1.18"
	oidIfAdmin      = ".1.3.6.1.2.1.2.2.1.7"
	oidIfOper       = ".1.3.6.1.2.1.2.2.1.8"
	oidIfHCInOct    = ".1.3.6.1.2.1.31.1.1.1.6"
	oidIfHCOutOct   = ".1.3.6.1.2.1.31.1.1.1.10"
	oidIfInErrors   = ".1.3.6.1.2.1.2.2.1.14"
	oidIfOutErrors  = ".1.3.6.1.2.1.2.2.1.20"
)

type iface struct {
	Index   int     `json:"index"`
	Name    string  `json:"name"`
	Alias   string  `json:"alias"`
	Admin   string  `json:"admin"`
	Oper    string  `json:"oper"`
	InBps   float64 `json:"in_bps"`
	OutBps  float64 `json:"out_bps"`
	InErr   int64   `json:"in_errors_delta"`
	OutErr  int64   `json:"out_errors_delta"`
	skipped bool
}

var statusNames = map[int64]string{1: "up", 2: "down", 3: "testing", 5: "dormant", 6: "notPresent", 7: "lowerLayerDown"}

func mask(s string) string {
	if len(s) < 3 {
		return "***"
	}
	return fmt.Sprintf("%c***%c (len %d)", s[0], s[len(s)-1], len(s))
}

func client(target string, port uint, v3, v1 bool) (*gosnmp.GoSNMP, string, error) {
	g := &gosnmp.GoSNMP{
		Target:         target,
		Port:           uint16(port),
		Timeout:        3 * time.Second,
		Retries:        2,
		MaxRepetitions: 25,
	}
	if v3 {
		user, auth, priv := os.Getenv("SNMPV3_USER"), os.Getenv("SNMPV3_AUTH_PASS"), os.Getenv("SNMPV3_PRIV_PASS")
		if user == "" || auth == "" || priv == "" {
			return nil, "", fmt.Errorf("SNMPV3_USER, SNMPV3_AUTH_PASS and SNMPV3_PRIV_PASS must be set")
		}
		g.Version = gosnmp.Version3
		g.SecurityModel = gosnmp.UserSecurityModel
		g.MsgFlags = gosnmp.AuthPriv
		g.SecurityParameters = &gosnmp.UsmSecurityParameters{
			UserName:                 user,
			AuthenticationProtocol:   gosnmp.SHA,
			AuthenticationPassphrase: auth,
			PrivacyProtocol:          gosnmp.AES,
			PrivacyPassphrase:        priv,
		}
		return g, "v3 user " + user, nil
	}
	comm := os.Getenv("SNMP_COMMUNITY")
	if comm == "" {
		return nil, "", fmt.Errorf("SNMP_COMMUNITY is not set")
	}
	g.Community = comm
	g.Version = gosnmp.Version2c
	if v1 {
		g.Version = gosnmp.Version1
	}
	return g, "community " + mask(comm), nil
}

// walk returns ifIndex -> PDU value for a column OID.
func walk(g *gosnmp.GoSNMP, oid string) (map[int]interface{}, error) {
	var pdus []gosnmp.SnmpPDU
	var err error
	if g.Version == gosnmp.Version1 {
		pdus, err = g.WalkAll(oid)
	} else {
		pdus, err = g.BulkWalkAll(oid)
	}
	if err != nil {
		return nil, err
	}
	out := make(map[int]interface{}, len(pdus))
	for _, p := range pdus {
		idx, err := strconv.Atoi(p.Name[strings.LastIndex(p.Name, ".")+1:])
		if err != nil {
			continue
		}
		out[idx] = p.Value
	}
	return out, nil
}

func str(v interface{}) string {
	if b, ok := v.([]byte); ok {
		return string(b)
	}
	return fmt.Sprint(v)
}

func num(v interface{}) *big.Int { return gosnmp.ToBigInt(v) }

type counters struct{ in, out, inErr, outErr map[int]interface{} }

func sample(g *gosnmp.GoSNMP) (counters, error) {
	var c counters
	var err error
	if c.in, err = walk(g, oidIfHCInOct); err != nil {
		return c, err
	}
	if c.out, err = walk(g, oidIfHCOutOct); err != nil {
		return c, err
	}
	if c.inErr, err = walk(g, oidIfInErrors); err != nil {
		return c, err
	}
	c.outErr, err = walk(g, oidIfOutErrors)
	return c, err
}

func delta(a, b interface{}) (int64, bool) {
	if a == nil || b == nil {
		return 0, false
	}
	d := new(big.Int).Sub(num(b), num(a))
	if d.Sign() < 0 { // counter reset / discontinuity
		return 0, false
	}
	return d.Int64(), true
}

func human(bps float64) string {
	units := []string{"", "K", "M", "G", "T"}
	i := 0
	for bps >= 1000 && i < len(units)-1 {
		bps /= 1000
		i++
	}
	if i == 0 {
		return fmt.Sprintf("%.0f", bps)
	}
	return fmt.Sprintf("%.2f%s", bps, units[i])
}

func main() {
	target := flag.String("target", "", "device IP or hostname")
	port := flag.Uint("port", 161, "SNMP port")
	interval := flag.Int("i", 10, "sample interval in seconds (>=2)")
	v3 := flag.Bool("v3", false, "use SNMPv3 authPriv (SHA/AES) from SNMPV3_* env vars")
	v1 := flag.Bool("v1", false, "use SNMPv1 (no GETBULK)")
	match := flag.String("match", "", "regex filter on ifName or ifAlias")
	onlyDown := flag.Bool("down", false, "only show admin-up, oper-down interfaces")
	asJSON := flag.Bool("json", false, "JSON output")
	flag.Parse()

	if *target == "" || *interval < 2 {
		flag.Usage()
		os.Exit(2)
	}
	var re *regexp.Regexp
	if *match != "" {
		re = regexp.MustCompile(*match)
	}

	g, credDesc, err := client(*target, *port, *v3, *v1)
	if err != nil {
		fmt.Fprintln(os.Stderr, "ifstats:", err)
		os.Exit(2)
	}
	if err := g.Connect(); err != nil {
		fmt.Fprintln(os.Stderr, "ifstats: connect:", err)
		os.Exit(1)
	}
	defer g.Conn.Close()

	names, err := walk(g, oidIfName)
	if err != nil {
		fmt.Fprintln(os.Stderr, "ifstats: walk ifName:", err)
		os.Exit(1)
	}
	aliases, _ := walk(g, oidIfAlias)
	admin, _ := walk(g, oidIfAdmin)
	oper, _ := walk(g, oidIfOper)

	first, err := sample(g)
	if err != nil {
		fmt.Fprintln(os.Stderr, "ifstats: sample:", err)
		os.Exit(1)
	}
	t0 := time.Now()
	time.Sleep(time.Duration(*interval) * time.Second)
	second, err := sample(g)
	if err != nil {
		fmt.Fprintln(os.Stderr, "ifstats: sample:", err)
		os.Exit(1)
	}
	secs := time.Since(t0).Seconds()

	var rows []iface
	for idx, n := range names {
		r := iface{Index: idx, Name: str(n), Alias: str(aliases[idx])}
		r.Admin = statusNames[num(admin[idx]).Int64()]
		r.Oper = statusNames[num(oper[idx]).Int64()]
		if re != nil && !re.MatchString(r.Name) && !re.MatchString(r.Alias) {
			continue
		}
		if *onlyDown && !(r.Admin == "up" && r.Oper != "up") {
			continue
		}
		in, ok1 := delta(first.in[idx], second.in[idx])
		out, ok2 := delta(first.out[idx], second.out[idx])
		r.skipped = !(ok1 && ok2)
		r.InBps = float64(in) * 8 / secs
		r.OutBps = float64(out) * 8 / secs
		r.InErr, _ = delta(first.inErr[idx], second.inErr[idx])
		r.OutErr, _ = delta(first.outErr[idx], second.outErr[idx])
		rows = append(rows, r)
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].Index < rows[j].Index })

	if *asJSON {
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", "  ")
		_ = enc.Encode(rows)
		return
	}
	fmt.Printf("device %s  sample %ds  %s\n", *target, *interval, credDesc)
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "IFNAME\tALIAS\tOPER\tIN_bps\tOUT_bps\tIN_ERR\tOUT_ERR")
	for _, r := range rows {
		in, out := human(r.InBps), human(r.OutBps)
		if r.skipped {
			in, out = "reset", "reset"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%d\t%d\n", r.Name, r.Alias, r.Oper, in, out, r.InErr, r.OutErr)
	}
	tw.Flush()
}
