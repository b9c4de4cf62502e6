-- Nur-Lese-Rolle für den MCP-Server.
-- Aufruf: psql "$ADMIN_URL" -v schema=public -f sql/readonly_role.sql
-- Passwort danach interaktiv setzen: \password mcp_readonly

\set ON_ERROR_STOP on

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'mcp_readonly') THEN
    CREATE ROLE mcp_readonly LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT;
  END IF;
END
$$;

ALTER ROLE mcp_readonly SET default_transaction_read_only = on;
ALTER ROLE mcp_readonly SET statement_timeout = '15s';
ALTER ROLE mcp_readonly SET idle_in_transaction_session_timeout = '60s';
ALTER ROLE mcp_readonly CONNECTION LIMIT 3;

SELECT format('GRANT CONNECT ON DATABASE %I TO mcp_readonly', current_database()) \gexec

GRANT USAGE ON SCHEMA :"schema" TO mcp_readonly;
GRANT SELECT ON ALL TABLES IN SCHEMA :"schema" TO mcp_readonly;
GRANT SELECT ON ALL SEQUENCES IN SCHEMA :"schema" TO mcp_readonly;
ALTER DEFAULT PRIVILEGES IN SCHEMA :"schema" GRANT SELECT ON TABLES TO mcp_readonly;

-- Sicherstellen, dass PUBLIC keine Schreibrechte im Schema hat (PG < 15 Standard)
REVOKE CREATE ON SCHEMA :"schema" FROM PUBLIC;
