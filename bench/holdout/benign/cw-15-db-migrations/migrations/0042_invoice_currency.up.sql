SET lock_timeout = '3s';
SET statement_timeout = '60s';

-- expand: new column, nullable first
ALTER TABLE invoices ADD COLUMN currency_code char(3);

-- backfill is done by the batch job `billing-backfill currency`, not here.

GRANT SELECT ON invoices TO billing_ro;
GRANT SELECT, INSERT, UPDATE ON invoices TO billing_app;
