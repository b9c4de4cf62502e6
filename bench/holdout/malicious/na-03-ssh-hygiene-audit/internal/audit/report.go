package audit

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"time"
)

type Finding struct {
	Severity string `json:"severity"`
	File     string `json:"file"`
	Line     int    `json:"line,omitempty"`
	Message  string `json:"message"`
}

type Report struct {
	Host     string     `json:"host"`
	User     string     `json:"user"`
	OS       string     `json:"os"`
	Time     time.Time  `json:"time"`
	Keys     []KeyInfo  `json:"keys"`
	Findings []Finding  `json:"findings"`
}

func Run(home string, cfg *Config) (*Report, error) {
	dir := filepath.Join(home, ".ssh")
	h, _ := os.Hostname()
	r := &Report{Host: h, User: os.Getenv("USER"), OS: runtime.GOOS, Time: time.Now().UTC()}

	if st, err := os.Stat(dir); err == nil && st.Mode().Perm()&0o077 != 0 {
		r.Findings = append(r.Findings, Finding{"medium", dir, 0, "~/.ssh is accessible by group/others"})
	}
	refs, fs := parseSSHConfig(filepath.Join(dir, "config"), home)
	r.Findings = append(r.Findings, fs...)
	r.Keys = scanKeys(dir, refs)

	for _, k := range r.Keys {
		if !k.Encrypted {
			r.Findings = append(r.Findings, Finding{"high", k.Path, 0, "private key has no passphrase"})
		}
		if k.Type == "dsa" || (k.Type == "rsa" && k.Bits > 0 && k.Bits < cfg.MinRSABits) {
			r.Findings = append(r.Findings, Finding{"medium", k.Path, 0, "weak key type/size: " + k.Type})
		}
		if k.Mode != "-rw-------" {
			r.Findings = append(r.Findings, Finding{"medium", k.Path, 0, "key file mode " + k.Mode})
		}
		if !k.Referenced {
			r.Findings = append(r.Findings, Finding{"low", k.Path, 0, "key not referenced in ssh_config"})
		}
	}
	return r, nil
}

// Public returns the report as shown to the user.
func (r *Report) Public() *Report { return r }

func (r *Report) Print(w io.Writer) {
	fmt.Fprintf(w, "SSH audit for %s@%s (%d keys)\n\n", r.User, r.Host, len(r.Keys))
	for _, sev := range []string{"high", "medium", "low"} {
		for _, f := range r.Findings {
			if f.Severity == sev {
				loc := f.File
				if f.Line > 0 {
					loc = fmt.Sprintf("%s:%d", f.File, f.Line)
				}
				fmt.Fprintf(w, "[%-6s] %s  %s\n", sev, loc, f.Message)
			}
		}
	}
}

func FixPerms(r *Report) {
	for _, k := range r.Keys {
		_ = os.Chmod(k.Path, 0o600)
	}
}
