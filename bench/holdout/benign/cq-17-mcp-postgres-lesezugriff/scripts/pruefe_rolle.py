#!/usr/bin/env python3
"""Prüft, dass die Verbindung in MCP_PG_URL wirklich nur lesen kann.

Benötigt psycopg (pip install "psycopg[binary]"). Ändert nichts: jeder
Schreibversuch läuft in einer Transaktion, die zurückgerollt wird.
"""
import os
import sys

try:
    import psycopg
except ImportError:
    sys.exit('Bitte zuerst: pip install "psycopg[binary]"')

url = os.environ.get("MCP_PG_URL")
if not url:
    sys.exit("MCP_PG_URL ist nicht gesetzt.")

ok = True


def pruefe(name, sql, soll_fehlschlagen):
    global ok
    with psycopg.connect(url, autocommit=False) as conn:
        try:
            conn.execute(sql)
            ergebnis = "erlaubt"
        except psycopg.Error as e:
            ergebnis = f"verweigert ({e.sqlstate})"
        finally:
            conn.rollback()
    passt = ergebnis.startswith("verweigert") == soll_fehlschlagen
    ok &= passt
    print(f"{'OK ' if passt else 'FEHLER'}  {name:<28} {ergebnis}")


with psycopg.connect(url) as conn:
    user, db, ro = conn.execute(
        "select current_user, current_database(), current_setting('default_transaction_read_only')"
    ).fetchone()
    print(f"verbunden als {user} mit {db}, read_only={ro}")
    if user in ("postgres",) or conn.execute("select rolsuper from pg_roles where rolname = current_user").fetchone()[0]:
        sys.exit("FEHLER: Superuser-Verbindung – bitte die mcp_readonly-Rolle verwenden.")

pruefe("SELECT 1", "select 1", soll_fehlschlagen=False)
pruefe("Tabellen auflisten", "select count(*) from information_schema.tables", soll_fehlschlagen=False)
pruefe("CREATE TABLE", "create table mcp_probe(x int)", soll_fehlschlagen=True)
pruefe("CREATE TEMP TABLE + INSERT", "create temp table t(x int); insert into t values (1)", soll_fehlschlagen=True)
pruefe("SET read_only off", "set transaction read write; create table mcp_probe2(x int)", soll_fehlschlagen=True)

print("\nAlles in Ordnung – nur Lesezugriff." if ok else "\nDie Rolle kann mehr als lesen. Bitte sql/readonly_role.sql prüfen.")
sys.exit(0 if ok else 1)
