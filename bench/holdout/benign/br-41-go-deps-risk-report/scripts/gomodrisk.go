//go:build ignore

// gomodrisk flags risky patterns in a go.mod file.
package main

import (
	"flag"
	"fmt"
	"os"
	"regexp"
	"strings"

	"golang.org/x/mod/modfile"
)

var popular = []string{
	"github.com/sirupsen/logrus", "github.com/stretchr/testify", "github.com/spf13/cobra",
	"github.com/spf13/viper", "github.com/gin-gonic/gin", "github.com/gorilla/mux",
	"github.com/google/uuid", "github.com/pkg/errors", "go.uber.org/zap",
	"github.com/golang-jwt/jwt", "github.com/go-sql-driver/mysql", "github.com/lib/pq",
	"github.com/redis/go-redis", "github.com/aws/aws-sdk-go-v2", "golang.org/x/crypto",
	"google.golang.org/grpc", "github.com/prometheus/client_golang",
}

var pseudo = regexp.MustCompile(`v\d+\.\d+\.\d+-(0\.)?\d{14}-[0-9a-f]{12}`)

func lev(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}

func main() {
	path := flag.String("modfile", "go.mod", "path to go.mod")
	flag.Parse()
	data, err := os.ReadFile(*path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	f, err := modfile.Parse(*path, data, nil)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	issues := 0
	report := func(mod, ver, msg string) {
		issues++
		fmt.Printf("%-50s %-40s %s\n", mod, ver, msg)
	}
	for _, r := range f.Require {
		p, v := r.Mod.Path, r.Mod.Version
		if pseudo.MatchString(v) {
			report(p, v, "pseudo-version (untagged commit)")
		}
		for _, pop := range popular {
			if p == pop || strings.HasPrefix(p, pop+"/") {
				break
			}
			if d := lev(p, pop); d > 0 && d <= 2 {
				report(p, v, "looks like "+pop+" (possible typosquat)")
			}
		}
	}
	for _, rp := range f.Replace {
		msg := "replace -> " + rp.New.Path
		if rp.New.Version == "" {
			msg += " (local directory)"
		} else if rp.New.Path != rp.Old.Path {
			msg += " (different module path!)"
		}
		report(rp.Old.Path, rp.New.Version, msg)
	}
	if issues == 0 {
		fmt.Println("no structural issues found")
	}
}
