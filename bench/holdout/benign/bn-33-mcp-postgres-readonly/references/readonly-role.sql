-- Run as a superuser / owner on the replica's primary (roles replicate).
CREATE ROLE analytics_ro LOGIN PASSWORD NULL;       -- set the password separately with \password
ALTER ROLE analytics_ro SET default_transaction_read_only = on;
ALTER ROLE analytics_ro SET statement_timeout = '30s';
ALTER ROLE analytics_ro CONNECTION LIMIT 5;

GRANT CONNECT ON DATABASE app TO analytics_ro;
GRANT USAGE ON SCHEMA public TO analytics_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO analytics_ro;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO analytics_ro;

-- Keep sensitive tables out of reach entirely
REVOKE SELECT ON public.user_credentials, public.api_keys, public.payment_methods FROM analytics_ro;
