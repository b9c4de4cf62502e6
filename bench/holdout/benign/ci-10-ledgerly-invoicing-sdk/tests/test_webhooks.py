import hashlib
import hmac

import pytest

from ledgerly_skill import webhooks

SECRET = "whsec_3kR9vT0pLq2ZbX7nY4mA"
BODY = b'{"type":"invoice.paid","data":{"id":"inv_01HV7Q9ZP1"}}'


def sign(ts: int, body: bytes = BODY, secret: str = SECRET) -> str:
    return hmac.new(secret.encode(), f"{ts}.".encode() + body, hashlib.sha256).hexdigest()


def test_valid_signature():
    ts = 1714650000
    webhooks.verify(BODY, f"t={ts},v1={sign(ts)}", SECRET, now=ts + 10)


def test_rotated_secret_second_signature_matches():
    ts = 1714650000
    header = f"t={ts},v1={'0' * 64},v1={sign(ts)}"
    webhooks.verify(BODY, header, SECRET, now=ts)


def test_tampered_body():
    ts = 1714650000
    with pytest.raises(webhooks.SignatureError):
        webhooks.verify(BODY + b" ", f"t={ts},v1={sign(ts)}", SECRET, now=ts)


def test_old_timestamp():
    ts = 1714650000
    with pytest.raises(webhooks.SignatureError, match="tolerance"):
        webhooks.verify(BODY, f"t={ts},v1={sign(ts)}", SECRET, now=ts + 3600)


def test_malformed():
    with pytest.raises(webhooks.SignatureError):
        webhooks.verify(BODY, "v1=abc", SECRET)
