SET lock_timeout = '3s';
ALTER TABLE invoices DROP COLUMN IF EXISTS currency_code;
