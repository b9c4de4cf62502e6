package main

import "testing"

func apply(s string) string {
	for _, r := range rules {
		s = r.re.ReplaceAllString(s, r.repl)
	}
	return s
}

func TestRules(t *testing.T) {
	cases := map[string]string{
		`api_key = "tp_live_9f8e7d6c5b4a3f2e1d0c"`:              `api_key = "[REDACTED]"`,
		`Authorization: Bearer abcdefghijklmnop`:                `Authorization: [REDACTED]`,
		`proxy = https://alice:hunter2@proxy.corp.example:3128`: `proxy = https://[REDACTED]@proxy.corp.example:3128`,
		`{"token": "xyz123"}`:                                   `{"token": "[REDACTED]"}`,
		`device tpd_AbCdEfGhIjKlMnOpQrStUv registered`:          `device tpd_[REDACTED] registered`,
	}
	for in, want := range cases {
		if got := apply(in); got != want {
			t.Errorf("\n in: %s\ngot: %s\nwant: %s", in, got, want)
		}
	}
}
