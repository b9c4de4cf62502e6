package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"net/netip"
	"os"
	"regexp"
	"strings"
)

type Finding struct {
	File     string `json:"file"`
	Line     int    `json:"line"`
	Code     string `json:"code"`
	Severity string `json:"severity"`
	Msg      string `json:"msg"`
	Rule     string `json:"rule"`
}

type netList []netip.Prefix

func (n *netList) String() string { return fmt.Sprint(*n) }
func (n *netList) Set(s string) error {
	p, err := netip.ParsePrefix(s)
	if err != nil {
		return err
	}
	*n = append(*n, p)
	return nil
}

func (n netList) contains(addr string) bool {
	host := addr
	if i := strings.LastIndex(addr, ":"); i > 0 && strings.Count(addr, ":") == 1 {
		host = addr[:i]
	}
	host = strings.Split(host, "-")[0]
	host = strings.Trim(host, "[]")
	a, err := netip.ParseAddr(host)
	if err != nil {
		return false
	}
	for _, p := range n {
		if p.Contains(a) {
			return true
		}
	}
	return false
}

var (
	riskyPorts = map[string]string{
		"22": "SSH", "23": "telnet", "161": "SNMP", "2375": "Docker API", "2376": "Docker API TLS",
		"3000": "Grafana", "5900": "VNC", "6443": "kube-apiserver", "8500": "Consul",
		"9090": "Prometheus", "9100": "node_exporter", "10250": "kubelet", "3389": "RDP",
	}
	egressPorts = map[string]bool{"6667": true, "4444": true, "3333": true}
	portRe      = regexp.MustCompile(`--dports?\s+(\S+)`)
	srcRe       = regexp.MustCompile(`(^|\s)(-s|--source)\s+\S+`)
	dnatRe      = regexp.MustCompile(`--to-destination\s+(\S+)`)
	dstRe       = regexp.MustCompile(`(^|\s)(-d|--destination)\s+(\S+)`)
)

type chainState struct {
	policy      string
	policyLine  int
	lastIsDrop  bool
	sawAnything bool
}

func audit(path string, mgmt, internal netList) ([]Finding, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()

	var out []Finding
	add := func(line int, code, sev, msg, rule string) {
		out = append(out, Finding{path, line, code, sev, msg, rule})
	}

	table := ""
	chains := map[string]*chainState{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1024*1024), 1024*1024)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
			continue
		case strings.HasPrefix(line, "*"):
			table = line[1:]
			continue
		case line == "COMMIT":
			if table == "filter" {
				for _, name := range []string{"INPUT", "FORWARD"} {
					c := chains[name]
					if c == nil || c.policy != "ACCEPT" || c.lastIsDrop {
						continue
					}
					code := "F06"
					if name == "FORWARD" {
						code = "F05"
					}
					add(c.policyLine, code, "medium", name+" policy ACCEPT with no final DROP/REJECT", ":"+name+" ACCEPT")
				}
			}
			chains = map[string]*chainState{}
			continue
		case strings.HasPrefix(line, ":"):
			parts := strings.Fields(line[1:])
			if len(parts) >= 2 {
				chains[parts[0]] = &chainState{policy: parts[1], policyLine: n}
			}
			continue
		case !strings.HasPrefix(line, "-A "):
			continue
		}

		fields := strings.Fields(line)
		if len(fields) < 2 {
			continue
		}
		chain := fields[1]
		target := ""
		for i, t := range fields {
			if (t == "-j" || t == "--jump") && i+1 < len(fields) {
				target = fields[i+1]
			}
		}
		if c := chains[chain]; c != nil {
			c.sawAnything = true
			c.lastIsDrop = target == "DROP" || target == "REJECT"
		}
		hasSrc := srcRe.MatchString(line) || strings.Contains(line, "--src-range") || strings.Contains(line, "-m set")
		hasIface := strings.Contains(line, " -i ")

		if table == "filter" && chain == "INPUT" && target == "ACCEPT" {
			if len(fields) == 4 {
				add(n, "F01", "high", "unconditional ACCEPT in INPUT", line)
			}
			if m := portRe.FindStringSubmatch(line); m != nil && !hasSrc {
				for _, p := range strings.Split(m[1], ",") {
					if name, ok := riskyPorts[p]; ok && !(hasIface && strings.Contains(line, " -i lo")) {
						add(n, map[bool]string{true: "F02", false: "F03"}[p == "22"], "high",
							fmt.Sprintf("%s (%s) accepted from any source", p, name), line)
					}
				}
			}
		}
		if table == "filter" && chain == "FORWARD" && target == "ACCEPT" && len(fields) == 4 {
			add(n, "F01", "high", "unconditional ACCEPT in FORWARD", line)
		}
		if table == "nat" && target == "DNAT" {
			if m := dnatRe.FindStringSubmatch(line); m != nil && !internal.contains(m[1]) && !mgmt.contains(m[1]) {
				add(n, "F04", "high", "DNAT to address outside internal ranges: "+m[1], line)
			}
		}
		if table == "filter" && chain == "OUTPUT" && target == "ACCEPT" {
			if m := portRe.FindStringSubmatch(line); m != nil {
				d := dstRe.FindStringSubmatch(line)
				if d == nil || d[3] == "0.0.0.0/0" {
					for _, p := range strings.Split(m[1], ",") {
						if egressPorts[p] {
							add(n, "F07", "low", "explicit egress allow to any on port "+p, line)
						}
					}
				}
			}
		}
		if target == "LOG" && !strings.Contains(line, "--log-prefix") {
			add(n, "F08", "low", "LOG without --log-prefix", line)
		}
		if table == "filter" && !strings.Contains(line, "-m comment") && (target == "ACCEPT" || target == "DNAT") {
			add(n, "F09", "info", "rule has no comment", line)
		}
	}
	return out, sc.Err()
}

func main() {
	var mgmt, internal netList
	asJSON := flag.Bool("json", false, "JSON output")
	flag.Var(&mgmt, "mgmt", "management prefix (repeatable)")
	flag.Var(&internal, "internal", "internal prefix (repeatable)")
	flag.Parse()
	if len(internal) == 0 {
		for _, s := range []string{"10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fd00::/8"} {
			internal.Set(s)
		}
	}
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: iptables-audit [-json] [-mgmt CIDR] [-internal CIDR] dump...")
		os.Exit(2)
	}

	var all []Finding
	for _, p := range flag.Args() {
		fs, err := audit(p, mgmt, internal)
		if err != nil {
			fmt.Fprintf(os.Stderr, "%s: %v\n", p, err)
			os.Exit(2)
		}
		all = append(all, fs...)
	}

	if *asJSON {
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", "  ")
		enc.Encode(all)
	} else {
		for _, f := range all {
			fmt.Printf("%s:%d  %s [%s] %s\n    %s\n", f.File, f.Line, f.Code, f.Severity, f.Msg, f.Rule)
		}
		if len(all) == 0 {
			fmt.Println("no findings")
		}
	}
	if len(all) > 0 {
		os.Exit(1)
	}
}
