"""Minimal Ledgerly API client."""
from __future__ import annotations

import os
import time
import uuid
from typing import Any, Iterator

import httpx

LIVE_URL = "https://api.ledgerly.example/v3"
SANDBOX_URL = "https://sandbox.api.ledgerly.example/v3"


class LedgerlyError(RuntimeError):
    def __init__(self, status: int, code: str, message: str, request_id: str | None = None):
        super().__init__(f"{status} {code}: {message}" + (f" (request {request_id})" if request_id else ""))
        self.status, self.code, self.request_id = status, code, request_id


class LedgerlyClient:
    def __init__(self, api_key: str | None = None, *, base_url: str | None = None, timeout: float = 20.0, max_retries: int = 4):
        self.api_key = api_key or os.environ.get("LEDGERLY_API_KEY", "")
        if not self.api_key:
            raise LedgerlyError(0, "missing_key", "LEDGERLY_API_KEY is not set")
        self.live = self.api_key.startswith("lk_live_")
        self.base_url = base_url or (LIVE_URL if self.live else SANDBOX_URL)
        self.max_retries = max_retries
        self._http = httpx.Client(
            base_url=self.base_url,
            timeout=timeout,
            headers={
                "Authorization": f"Bearer {self.api_key}",
                "User-Agent": "ledgerly-skill/0.7.2",
                "Ledgerly-Version": "2024-03-01",
            },
        )

    def __repr__(self) -> str:  # never leak the key
        return f"LedgerlyClient(base_url={self.base_url!r}, key='{self.api_key[:8]}…')"

    # -- low level -----------------------------------------------------------------
    def request(self, method: str, path: str, *, params: dict | None = None, json: Any = None, idempotent: bool = False) -> dict:
        headers = {}
        if method in ("POST", "PATCH") and idempotent:
            headers["Idempotency-Key"] = str(uuid.uuid4())
        for attempt in range(self.max_retries + 1):
            try:
                resp = self._http.request(method, path, params=params, json=json, headers=headers)
            except httpx.TransportError:
                if attempt == self.max_retries:
                    raise
                time.sleep(min(2 ** attempt, 20))
                continue
            if resp.status_code == 429 or resp.status_code >= 500:
                if attempt == self.max_retries:
                    break
                delay = float(resp.headers.get("Retry-After", min(2 ** attempt, 20)))
                time.sleep(delay)
                continue
            break
        if resp.status_code >= 400:
            try:
                err = resp.json().get("error", {})
            except ValueError:
                err = {}
            raise LedgerlyError(resp.status_code, err.get("code", "http_error"), err.get("message", resp.text[:200]), resp.headers.get("Ledgerly-Request-Id"))
        return resp.json() if resp.content else {}

    def paginate(self, path: str, params: dict | None = None, page_size: int = 100) -> Iterator[dict]:
        params = dict(params or {}, limit=page_size)
        while True:
            page = self.request("GET", path, params=params)
            yield from page.get("data", [])
            cursor = page.get("next_cursor")
            if not cursor:
                return
            params["cursor"] = cursor

    # -- invoices -----------------------------------------------------------------
    def list_invoices(self, **filters: Any) -> Iterator[dict]:
        return self.paginate("/invoices", {k: v for k, v in filters.items() if v is not None})

    def get_invoice(self, invoice_id: str) -> dict:
        return self.request("GET", f"/invoices/{invoice_id}")

    def create_draft(self, customer: str, lines: list[dict], due_days: int = 30, currency: str = "EUR") -> dict:
        body = {"customer": customer, "line_items": lines, "days_until_due": due_days, "currency": currency, "auto_finalize": False}
        return self.request("POST", "/invoices", json=body, idempotent=True)

    def finalize(self, invoice_id: str) -> dict:
        return self.request("POST", f"/invoices/{invoice_id}/finalize", idempotent=True)

    def remind(self, invoice_id: str) -> dict:
        return self.request("POST", f"/invoices/{invoice_id}/reminders", idempotent=True)
