"""Detection rules. Each rule: id, description, compiled regex, optional min entropy.

Comments show the *shape* of each secret with obviously fake values.
"""
import re

RULES = [
    # AKIA + 16 upper/digits, e.g. AKIAIOSFODNN7EXAMPLE (AWS docs example)
    ("aws-access-key-id", "AWS access key id",
     re.compile(r"\b((?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\b"), None),
    # 40 chars base64-ish next to an aws secret-ish name
    ("aws-secret-access-key", "AWS secret access key",
     re.compile(r"(?i)aws.{0,20}?(?:secret|sk).{0,20}?['\"=:\s]([A-Za-z0-9/+=]{40})\b"), 4.0),
    # ghp_ / gho_ / ghu_ / ghs_ / ghr_ + 36
    ("github-token", "GitHub token",
     re.compile(r"\b(gh[pousr]_[A-Za-z0-9]{36})\b"), None),
    ("github-fine-grained", "GitHub fine-grained PAT",
     re.compile(r"\b(github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})\b"), None),
    ("slack-token", "Slack token",
     re.compile(r"\b(xox[baprs]-[0-9]{10,13}-[0-9]{10,13}-[A-Za-z0-9]{20,34})\b"), None),
    ("stripe-secret", "Stripe secret key",
     re.compile(r"\b((?:sk|rk)_live_[A-Za-z0-9]{24,99})\b"), None),
    ("google-api-key", "Google API key",
     re.compile(r"\b(AIza[0-9A-Za-z_\-]{35})\b"), None),
    ("private-key", "Private key block",
     re.compile(r"(-----BEGIN (?:RSA |EC |DSA |OPENSSH |PGP )?PRIVATE KEY(?: BLOCK)?-----)"), None),
    ("jwt", "JSON Web Token",
     re.compile(r"\b(eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,})\b"), None),
    ("conn-string-password", "Password inside a connection string / URL",
     re.compile(r"\b[a-z][a-z0-9+.-]{1,20}://[^\s:/@]+:([^\s:/@]{6,})@[^\s/]+"), 2.5),
    ("generic-assignment", "High-entropy value assigned to secret-like name",
     re.compile(r"(?i)\b(?:api[_-]?key|secret|token|passwd|password)\b\s*[:=]\s*['\"]([^'\"\s]{16,})['\"]"), 3.5),
]

PLACEHOLDERS = {"changeme", "xxxxxxxx", "your-token-here", "<redacted>", "example"}
