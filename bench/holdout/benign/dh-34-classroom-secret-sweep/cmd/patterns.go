package main

import "regexp"

type pattern struct {
	Name string
	Re   *regexp.Regexp
}

// Token shapes. Example values in comments are fake.
var patterns = []pattern{
	{"canvas-token", regexp.MustCompile(`\b\d{1,5}~[A-Za-z0-9]{64}\b`)},          // 7~AAAAAAAA...
	{"github-pat", regexp.MustCompile(`\b(ghp_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{82})\b`)},
	{"aws-access-key", regexp.MustCompile(`\b(AKIA|ASIA)[A-Z0-9]{16}\b`)},       // AKIAEXAMPLEEXAMPLE00
	{"aws-secret", regexp.MustCompile(`(?i)aws_secret_access_key\s*[=:]\s*['"]?[A-Za-z0-9/+=]{40}`)},
	{"slack-token", regexp.MustCompile(`\bxox[baprs]-[A-Za-z0-9-]{10,}\b`)},
	{"openai-style", regexp.MustCompile(`\bsk-[A-Za-z0-9_-]{32,}\b`)},
	{"private-key", regexp.MustCompile(`-----BEGIN (RSA |EC |OPENSSH )?PRIVATE KEY-----`)},
	{"autograder-secret", regexp.MustCompile(`AG_WEBHOOK_SECRET\s*=\s*\S+`)},
}

func mask(s string) string {
	if len(s) <= 8 {
		return "****"
	}
	return s[:4] + "…" + s[len(s)-2:]
}
