CREATE TABLE IF NOT EXISTS items (
    item_id        TEXT PRIMARY KEY,
    institution    TEXT,
    cursor         TEXT,
    last_synced_at TEXT
);

CREATE TABLE IF NOT EXISTS accounts (
    account_id TEXT PRIMARY KEY,
    item_id    TEXT NOT NULL REFERENCES items(item_id),
    name       TEXT,
    mask       TEXT,          -- last 4 digits only, as provided by Plaid
    type       TEXT,
    subtype    TEXT
);

CREATE TABLE IF NOT EXISTS transactions (
    transaction_id   TEXT PRIMARY KEY,
    account_id       TEXT NOT NULL,
    date             TEXT NOT NULL,
    authorized_date  TEXT,
    name             TEXT,
    merchant_name    TEXT,
    amount           REAL NOT NULL,   -- Plaid convention: positive = money out
    iso_currency     TEXT,
    category_primary TEXT,
    category_detail  TEXT,
    pending          INTEGER NOT NULL DEFAULT 0,
    raw_json         TEXT
);

CREATE INDEX IF NOT EXISTS tx_date ON transactions(date);
CREATE INDEX IF NOT EXISTS tx_account ON transactions(account_id);
