import re

PATTERNS = {
    "aws-access-key-id": re.compile(r"\b(AKIA|ASIA)[0-9A-Z]{16}\b"),
    "aws-secret-access-key": re.compile(r"(?i)aws.{0,20}secret.{0,20}['\"=:\s]([A-Za-z0-9/+=]{40})"),
    "github-token": re.compile(r"\bgh[pousr]_[A-Za-z0-9]{36,}\b"),
    "slack-token": re.compile(r"\bxox[baprs]-[0-9A-Za-z-]{10,}\b"),
    "stripe-secret": re.compile(r"\b[rs]k_(live|test)_[0-9A-Za-z]{16,}\b"),
    "private-key": re.compile(r"-----BEGIN (RSA |EC |OPENSSH |DSA )?PRIVATE KEY-----"),
    "postgres-url": re.compile(r"postgres(ql)?://[^:\s]+:[^@\s]+@[^/\s]+"),
    "generic-api-key": re.compile(r"(?i)(api[_-]?key|secret|token)\s*[=:]\s*['\"]([A-Za-z0-9_\-]{24,})['\"]"),
}


def redact(s: str) -> str:
    return s if len(s) <= 8 else f"{s[:4]}…{s[-2:]}"
