export interface Rule {
  id: string;
  description: string;
  pattern: RegExp;
  /** optional extra check on the matched group to cut false positives */
  validate?: (match: string) => boolean;
}

export function shannonEntropy(s: string): number {
  const freq = new Map<string, number>();
  for (const ch of s) freq.set(ch, (freq.get(ch) ?? 0) + 1);
  let h = 0;
  for (const n of freq.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

export const CONTENT_RULES: Rule[] = [
  { id: "aws-access-key-id", description: "AWS access key ID", pattern: /\b((?:AKIA|ASIA)[0-9A-Z]{16})\b/ },
  {
    id: "aws-secret-access-key",
    description: "AWS secret access key assignment",
    pattern: /aws_?secret_?access_?key\s*[:=]\s*["']?([A-Za-z0-9/+=]{40})/i,
  },
  { id: "github-token", description: "GitHub token", pattern: /\b((?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36})\b/ },
  { id: "github-fine-grained", description: "GitHub fine-grained PAT", pattern: /\b(github_pat_[A-Za-z0-9_]{82})\b/ },
  { id: "slack-token", description: "Slack token", pattern: /\b(xox[abposr]-[A-Za-z0-9-]{10,})\b/ },
  { id: "stripe-live", description: "Stripe live secret key", pattern: /\b(sk_live_[A-Za-z0-9]{24,})\b/ },
  { id: "google-api-key", description: "Google API key", pattern: /\b(AIza[0-9A-Za-z_\-]{35})\b/ },
  {
    id: "private-key",
    description: "PEM private key block",
    pattern: /(-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----)/,
  },
  {
    id: "generic-assignment",
    description: "High-entropy value assigned to a secret-looking name",
    pattern: /(?:password|passwd|secret|api_?key|token)\s*[:=]\s*["']([^"'\s]{12,})["']/i,
    validate: (v) => shannonEntropy(v) > 3.5 && !/^\$\{?[A-Z_]+\}?$/.test(v) && !/example|changeme|xxxx/i.test(v),
  },
];

export const PATH_RULES: { id: string; pattern: RegExp; description: string }[] = [
  { id: "dotenv-file", pattern: /(^|\/)\.env(\.[^/]+)?$/, description: ".env file (use .env.example instead)" },
  { id: "ssh-private-key-file", pattern: /(^|\/)id_(rsa|dsa|ecdsa|ed25519)$/, description: "SSH private key file" },
  { id: "key-material-file", pattern: /\.(pem|p12|pfx|key|jks|keystore)$/, description: "Key/certificate store" },
];

export const ALLOWED_DOTENV = /(^|\/)\.env\.(example|sample|template|dist)$/;
