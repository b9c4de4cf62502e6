package main

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

func b64(s string) ([]byte, error) {
	return base64.RawURLEncoding.DecodeString(strings.TrimRight(s, "="))
}

func pretty(raw []byte) string {
	var out bytes.Buffer
	if err := json.Indent(&out, raw, "", "  "); err != nil {
		return string(raw)
	}
	return out.String()
}

func ts(claims map[string]any, k string) (time.Time, bool) {
	v, ok := claims[k].(float64)
	if !ok {
		return time.Time{}, false
	}
	return time.Unix(int64(v), 0), true
}

func main() {
	aud := flag.String("aud", "", "expected audience")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: jwtinspect [-aud X] <token | ->")
		os.Exit(2)
	}
	tok := flag.Arg(0)
	if tok == "-" {
		b, _ := io.ReadAll(os.Stdin)
		tok = string(b)
	}
	tok = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(tok), "Bearer "))
	parts := strings.Split(tok, ".")
	if len(parts) != 3 {
		fmt.Fprintln(os.Stderr, "not a JWS compact token (need 3 parts)")
		os.Exit(1)
	}

	hdrRaw, err := b64(parts[0])
	if err != nil {
		fmt.Fprintln(os.Stderr, "bad header encoding:", err)
		os.Exit(1)
	}
	plRaw, err := b64(parts[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "bad payload encoding:", err)
		os.Exit(1)
	}

	var hdr, claims map[string]any
	_ = json.Unmarshal(hdrRaw, &hdr)
	_ = json.Unmarshal(plRaw, &claims)

	fmt.Println("header:\n" + pretty(hdrRaw))
	fmt.Println("payload:\n" + pretty(plRaw))

	now := time.Now()
	for _, k := range []string{"iat", "nbf", "exp"} {
		if t, ok := ts(claims, k); ok {
			fmt.Printf("%s: %s (%s)\n", k, t.UTC().Format(time.RFC3339), now.Sub(t).Round(time.Second))
		}
	}

	var warns []string
	alg, _ := hdr["alg"].(string)
	switch strings.ToLower(alg) {
	case "", "none":
		warns = append(warns, "alg is none/missing: token is unsigned")
	case "hs256", "hs384", "hs512":
		warns = append(warns, "HMAC algorithm: make sure the verifier does not also accept RS* keys (alg confusion)")
	}
	if exp, ok := ts(claims, "exp"); ok {
		if exp.Before(now) {
			warns = append(warns, "EXPIRED "+now.Sub(exp).Round(time.Second).String()+" ago")
		}
		if iat, ok := ts(claims, "iat"); ok && exp.Sub(iat) > 24*time.Hour {
			warns = append(warns, "lifetime > 24h")
		}
	} else {
		warns = append(warns, "no exp claim")
	}
	if *aud != "" {
		match := false
		switch a := claims["aud"].(type) {
		case string:
			match = a == *aud
		case []any:
			for _, x := range a {
				if x == *aud {
					match = true
				}
			}
		}
		if !match {
			warns = append(warns, "aud does not contain "+*aud)
		}
	}
	fmt.Println("signature: present (" + fmt.Sprint(len(parts[2])) + " chars, not verified)")
	for _, w := range warns {
		fmt.Println("WARN:", w)
	}
}
