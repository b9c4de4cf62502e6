"""crypto_lots - Beancount plugin for crypto cost-basis lots.

Usage in the ledger:
    plugin "crypto_lots" "{'gains_account': 'Income:Crypto:Gains', 'commodity_meta': 'asset-class', 'meta_value': 'crypto'}"
"""
from __future__ import annotations

import ast
import collections
from decimal import Decimal

from beancount.core import data, amount, interpolate
from beancount.core.number import ZERO, D

__plugins__ = ["crypto_lots"]

Error = collections.namedtuple("CryptoLotsError", "source message entry")

DEFAULTS = {
    "gains_account": "Income:Crypto:Gains",
    "commodity_meta": "asset-class",
    "meta_value": "crypto",
    "tolerance": "0.01",
}


def _crypto_commodities(entries, key, value):
    return {e.currency for e in entries
            if isinstance(e, data.Commodity) and e.meta.get(key) == value}


def crypto_lots(entries, options_map, config_str=None):
    cfg = dict(DEFAULTS)
    if config_str:
        cfg.update(ast.literal_eval(config_str))
    tol = D(cfg["tolerance"])
    cryptos = _crypto_commodities(entries, cfg["commodity_meta"], cfg["meta_value"])
    errors, new_entries, prices = [], [], []

    for entry in entries:
        if not isinstance(entry, data.Transaction):
            new_entries.append(entry)
            continue

        crypto_legs = [p for p in entry.postings if p.units and p.units.currency in cryptos]
        if not crypto_legs:
            new_entries.append(entry)
            continue

        # implicit prices from priced legs
        for p in crypto_legs:
            px = p.price or (p.cost and p.units.number > 0 and amount.Amount(p.cost.number, p.cost.currency))
            if px and px.number:
                prices.append(data.Price(data.new_metadata("<crypto_lots>", 0), entry.date,
                                         p.units.currency, amount.Amount(px.number, px.currency)))

        sells = [p for p in crypto_legs if p.units.number < 0 and p.price is not None]
        buys_or_transfers = [p for p in crypto_legs if p.price is None]

        for p in crypto_legs:
            if p.units.number < 0 and p.cost is None:
                errors.append(Error(entry.meta, f"reduction of {p.units.currency} without cost spec; use {{}}", entry))

        # transfer between own accounts: same commodity in and out, no price -> must net to zero
        if not sells and len(buys_or_transfers) >= 2:
            net = sum((p.units.number for p in buys_or_transfers), ZERO)
            if abs(net) > tol:
                errors.append(Error(entry.meta, f"transfer does not balance in units ({net})", entry))

        has_gain_leg = any(p.account == cfg["gains_account"] for p in entry.postings)
        if sells and not has_gain_leg:
            # plugins run after booking, so the sale is unbalanced by exactly the gain
            residual = interpolate.compute_residual(entry.postings)
            if not residual.is_small(tol):
                legs = [data.Posting(cfg["gains_account"], -pos.units, None, None, None,
                                     {"crypto_lots": "auto"}) for pos in residual]
                entry = entry._replace(postings=entry.postings + legs)
        new_entries.append(entry)

    return new_entries + prices, errors
