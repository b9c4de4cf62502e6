// ctraudit: read-only container escape-risk auditor for compose, k8s and docker inspect JSON.
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"
)

type Finding struct {
	Severity string
	Rule     string
	Where    string
	Msg      string
}

var sevRank = map[string]int{"critical": 0, "high": 1, "medium": 2, "low": 3}

var sockPaths = []string{"/var/run/docker.sock", "/run/docker.sock", "/run/containerd/containerd.sock", "/var/run/crio/crio.sock"}
var sensitive = []string{"/etc", "/root", "/proc", "/sys", "/var/lib/kubelet", "/var/lib/docker", "/home", "/boot", "/dev"}
var badCaps = map[string]bool{"SYS_ADMIN": true, "SYS_PTRACE": true, "SYS_MODULE": true, "DAC_READ_SEARCH": true,
	"SYS_RAWIO": true, "NET_ADMIN": true, "BPF": true, "ALL": true}

func classifyHostPath(p string) (string, string, bool) {
	p = path.Clean(p)
	for _, s := range sockPaths {
		if p == s {
			return "critical", "docker-sock", true
		}
	}
	if p == "/" {
		return "critical", "hostpath-root", true
	}
	for _, s := range sensitive {
		if p == s || strings.HasPrefix(p, s+"/") {
			return "high", "hostpath-sensitive", true
		}
	}
	return "", "", false
}

func capCheck(where string, caps []string, out *[]Finding) {
	for _, c := range caps {
		c = strings.TrimPrefix(strings.ToUpper(c), "CAP_")
		if badCaps[c] {
			*out = append(*out, Finding{"high", "cap-dangerous", where, "capability " + c})
		}
	}
}

// ---- docker compose ----

type composeFile struct {
	Services map[string]struct {
		Privileged  bool          `yaml:"privileged"`
		Pid         string        `yaml:"pid"`
		Ipc         string        `yaml:"ipc"`
		NetworkMode string        `yaml:"network_mode"`
		CapAdd      []string      `yaml:"cap_add"`
		Volumes     []interface{} `yaml:"volumes"`
		SecurityOpt []string      `yaml:"security_opt"`
		User        string        `yaml:"user"`
	} `yaml:"services"`
}

func scanCompose(name string, doc []byte, out *[]Finding) bool {
	var c composeFile
	if yaml.Unmarshal(doc, &c) != nil || len(c.Services) == 0 {
		return false
	}
	for svc, s := range c.Services {
		w := name + ":" + svc
		if s.Privileged {
			*out = append(*out, Finding{"critical", "privileged", w, "privileged: true"})
		}
		if s.Pid == "host" {
			*out = append(*out, Finding{"high", "host-pid", w, "pid: host"})
		}
		if s.Ipc == "host" {
			*out = append(*out, Finding{"medium", "host-ipc", w, "ipc: host"})
		}
		if s.NetworkMode == "host" {
			*out = append(*out, Finding{"medium", "host-network", w, "network_mode: host"})
		}
		capCheck(w, s.CapAdd, out)
		for _, v := range s.Volumes {
			var src string
			switch vv := v.(type) {
			case string:
				src = strings.SplitN(vv, ":", 2)[0]
			case map[string]interface{}:
				if t, _ := vv["type"].(string); t == "bind" {
					src, _ = vv["source"].(string)
				}
			}
			if strings.HasPrefix(src, "/") {
				if sev, rule, ok := classifyHostPath(src); ok {
					*out = append(*out, Finding{sev, rule, w, "bind mount " + src})
				}
			}
		}
		for _, o := range s.SecurityOpt {
			if strings.Contains(o, "seccomp") && strings.Contains(o, "unconfined") {
				*out = append(*out, Finding{"medium", "seccomp-unconfined", w, o})
			}
			if strings.Contains(o, "apparmor") && strings.Contains(o, "unconfined") {
				*out = append(*out, Finding{"medium", "apparmor-unconfined", w, o})
			}
		}
		if s.User == "" || s.User == "root" || s.User == "0" {
			*out = append(*out, Finding{"low", "run-as-root", w, "no non-root user set"})
		}
	}
	return true
}

// ---- kubernetes ----

func podSpecOf(obj map[string]interface{}) (map[string]interface{}, bool) {
	kind, _ := obj["kind"].(string)
	spec, _ := obj["spec"].(map[string]interface{})
	if spec == nil {
		return nil, false
	}
	switch kind {
	case "Pod":
		return spec, true
	case "CronJob":
		jt, _ := spec["jobTemplate"].(map[string]interface{})
		js, _ := jt["spec"].(map[string]interface{})
		t, _ := js["template"].(map[string]interface{})
		ps, _ := t["spec"].(map[string]interface{})
		return ps, ps != nil
	default:
		t, _ := spec["template"].(map[string]interface{})
		ps, _ := t["spec"].(map[string]interface{})
		return ps, ps != nil
	}
}

func b(m map[string]interface{}, k string) bool { v, _ := m[k].(bool); return v }

func scanK8s(name string, obj map[string]interface{}, out *[]Finding) {
	ps, ok := podSpecOf(obj)
	if !ok {
		return
	}
	md, _ := obj["metadata"].(map[string]interface{})
	w := fmt.Sprintf("%s:%s/%v", name, strings.ToLower(fmt.Sprint(obj["kind"])), md["name"])
	if b(ps, "hostPID") {
		*out = append(*out, Finding{"high", "host-pid", w, "hostPID: true"})
	}
	if b(ps, "hostNetwork") {
		*out = append(*out, Finding{"medium", "host-network", w, "hostNetwork: true"})
	}
	if b(ps, "hostIPC") {
		*out = append(*out, Finding{"medium", "host-ipc", w, "hostIPC: true"})
	}
	vols, _ := ps["volumes"].([]interface{})
	for _, v := range vols {
		vm, _ := v.(map[string]interface{})
		hp, _ := vm["hostPath"].(map[string]interface{})
		if p, _ := hp["path"].(string); p != "" {
			if sev, rule, ok := classifyHostPath(p); ok {
				*out = append(*out, Finding{sev, rule, w, fmt.Sprintf("hostPath %s (volume %v)", p, vm["name"])})
			}
		}
	}
	podSC, _ := ps["securityContext"].(map[string]interface{})
	for _, key := range []string{"initContainers", "containers", "ephemeralContainers"} {
		cs, _ := ps[key].([]interface{})
		for _, c := range cs {
			cm, _ := c.(map[string]interface{})
			cw := fmt.Sprintf("%s[%v]", w, cm["name"])
			sc, _ := cm["securityContext"].(map[string]interface{})
			if b(sc, "privileged") {
				*out = append(*out, Finding{"critical", "privileged", cw, "securityContext.privileged: true"})
			}
			if caps, ok := sc["capabilities"].(map[string]interface{}); ok {
				add, _ := caps["add"].([]interface{})
				var ss []string
				for _, a := range add {
					ss = append(ss, fmt.Sprint(a))
				}
				capCheck(cw, ss, out)
			}
			if v, ok := sc["allowPrivilegeEscalation"].(bool); !ok || v {
				*out = append(*out, Finding{"medium", "allow-priv-esc", cw, "allowPrivilegeEscalation not false"})
			}
			if !b(sc, "runAsNonRoot") && !b(podSC, "runAsNonRoot") {
				*out = append(*out, Finding{"low", "run-as-root", cw, "runAsNonRoot not set"})
			}
			for _, s := range []map[string]interface{}{sc, podSC} {
				if sp, ok := s["seccompProfile"].(map[string]interface{}); ok && sp["type"] == "Unconfined" {
					*out = append(*out, Finding{"medium", "seccomp-unconfined", cw, "seccompProfile Unconfined"})
				}
			}
		}
	}
}

// ---- docker inspect ----

type inspect struct {
	Name       string
	HostConfig struct {
		Privileged  bool
		PidMode     string
		NetworkMode string
		IpcMode     string
		CapAdd      []string
		SecurityOpt []string
	}
	Mounts []struct {
		Type   string
		Source string
		RW     bool
	}
	Config struct{ User string }
}

func scanInspect(data []byte, out *[]Finding) error {
	var list []inspect
	if err := json.Unmarshal(data, &list); err != nil {
		return err
	}
	for _, c := range list {
		w := "container" + c.Name
		h := c.HostConfig
		if h.Privileged {
			*out = append(*out, Finding{"critical", "privileged", w, "running privileged"})
		}
		if h.PidMode == "host" {
			*out = append(*out, Finding{"high", "host-pid", w, "PidMode host"})
		}
		if h.NetworkMode == "host" {
			*out = append(*out, Finding{"medium", "host-network", w, "NetworkMode host"})
		}
		if h.IpcMode == "host" {
			*out = append(*out, Finding{"medium", "host-ipc", w, "IpcMode host"})
		}
		capCheck(w, h.CapAdd, out)
		for _, m := range c.Mounts {
			if m.Type != "bind" {
				continue
			}
			if sev, rule, ok := classifyHostPath(m.Source); ok {
				rw := "ro"
				if m.RW {
					rw = "rw"
				}
				*out = append(*out, Finding{sev, rule, w, fmt.Sprintf("bind %s (%s)", m.Source, rw)})
			}
		}
		if c.Config.User == "" || c.Config.User == "root" || c.Config.User == "0" {
			*out = append(*out, Finding{"low", "run-as-root", w, "runs as root"})
		}
	}
	return nil
}

func readArg(a string) ([]byte, error) {
	if a == "-" {
		return io.ReadAll(os.Stdin)
	}
	return os.ReadFile(a)
}

func main() {
	if len(os.Args) < 3 {
		fmt.Fprintln(os.Stderr, "usage: ctraudit scan|inspect|pods <file|->...")
		os.Exit(2)
	}
	var findings []Finding
	mode := os.Args[1]
	for _, a := range os.Args[2:] {
		data, err := readArg(a)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		switch mode {
		case "inspect":
			if err := scanInspect(data, &findings); err != nil {
				fmt.Fprintln(os.Stderr, a, err)
			}
		case "pods":
			var lst struct{ Items []map[string]interface{} }
			if json.Unmarshal(data, &lst) == nil {
				for _, it := range lst.Items {
					scanK8s(a, it, &findings)
				}
			}
		default:
			dec := yaml.NewDecoder(strings.NewReader(string(data)))
			for {
				var obj map[string]interface{}
				if err := dec.Decode(&obj); err != nil {
					break
				}
				if _, ok := obj["services"]; ok {
					raw, _ := yaml.Marshal(obj)
					scanCompose(a, raw, &findings)
				} else if _, ok := obj["kind"]; ok {
					scanK8s(a, obj, &findings)
				}
			}
		}
	}
	sort.SliceStable(findings, func(i, j int) bool { return sevRank[findings[i].Severity] < sevRank[findings[j].Severity] })
	counts := map[string]int{}
	for _, f := range findings {
		fmt.Printf("%-8s %-20s %s — %s\n", strings.ToUpper(f.Severity), f.Rule, f.Where, f.Msg)
		counts[f.Severity]++
	}
	fmt.Printf("\n%d critical, %d high, %d medium, %d low\n", counts["critical"], counts["high"], counts["medium"], counts["low"])
	if counts["critical"] > 0 {
		os.Exit(1)
	}
}
