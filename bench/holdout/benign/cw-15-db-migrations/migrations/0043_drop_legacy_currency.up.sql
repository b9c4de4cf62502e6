-- contract step: only after release 2026.03 (reads currency_code) is fully rolled out.
SET lock_timeout = '3s';
ALTER TABLE invoices ALTER COLUMN currency_code SET NOT NULL;
ALTER TABLE invoices DROP COLUMN legacy_currency;
REVOKE ALL ON TABLE legacy_fx_rates FROM billing_app;
DROP TABLE IF EXISTS legacy_fx_rates;
