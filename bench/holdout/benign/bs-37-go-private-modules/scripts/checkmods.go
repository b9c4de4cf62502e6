// checkmods: list replace directives in a go.mod and flag risky ones.
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/mod/modfile"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: checkmods path/to/go.mod")
		os.Exit(2)
	}
	path := os.Args[1]
	data, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	f, err := modfile.Parse(path, data, nil)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	root, _ := filepath.Abs(filepath.Dir(path))
	allowedHosts := strings.Split(os.Getenv("CHECKMODS_ALLOWED_HOSTS"), ",")
	bad := 0
	for _, r := range f.Replace {
		from := r.Old.Path
		to := r.New.Path
		status := "ok"
		if r.New.Version == "" { // local filesystem replace
			abs, _ := filepath.Abs(filepath.Join(root, to))
			if !strings.HasPrefix(abs, root) {
				status = "LOCAL PATH OUTSIDE REPO"
				bad++
			}
		} else {
			host := strings.SplitN(to, "/", 2)[0]
			if host != strings.SplitN(from, "/", 2)[0] && !contains(allowedHosts, host) {
				status = "DIFFERENT HOST"
				bad++
			}
		}
		fmt.Printf("%-45s => %-45s %s\n", from, to+" "+r.New.Version, status)
	}
	if bad > 0 {
		os.Exit(1)
	}
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if strings.TrimSpace(x) == s {
			return true
		}
	}
	return false
}
