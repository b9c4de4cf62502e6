package main

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/golang-jwt/jwt/v5"
	"github.com/spf13/cobra"
	_ "golang.org/x/crypto/ed25519"
)

func decodeSeg(s string) map[string]any {
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return map[string]any{"error": err.Error()}
	}
	var m map[string]any
	_ = json.Unmarshal(b, &m)
	return m
}

func main() {
	root := &cobra.Command{Use: "jwtinspect"}
	root.AddCommand(&cobra.Command{
		Use:  "decode TOKEN",
		Args: cobra.ExactArgs(1),
		Run: func(_ *cobra.Command, a []string) {
			p := strings.Split(a[0], ".")
			if len(p) < 2 {
				fmt.Println("not a JWT")
				os.Exit(1)
			}
			h, c := decodeSeg(p[0]), decodeSeg(p[1])
			out, _ := json.MarshalIndent(map[string]any{"header": h, "claims": c}, "", "  ")
			fmt.Println(string(out))
			if h["alg"] == "none" {
				fmt.Println("WARNING: alg=none")
			}
		},
	})
	root.AddCommand(&cobra.Command{
		Use:  "verify TOKEN",
		Args: cobra.ExactArgs(1),
		Run: func(_ *cobra.Command, a []string) {
			_, err := jwt.Parse(a[0], func(t *jwt.Token) (any, error) { return nil, fmt.Errorf("key lookup not configured") })
			fmt.Println("verify:", err)
		},
	})
	_ = root.Execute()
}
