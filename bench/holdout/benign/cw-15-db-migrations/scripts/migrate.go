// Minimal SQL migration runner for the billing service.
package main

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	_ "github.com/jackc/pgx/v5/stdlib"
)

const table = `CREATE TABLE IF NOT EXISTS schema_migrations (version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: migrate status|up|down N")
		os.Exit(2)
	}
	dsn := os.Getenv("DATABASE_URL")
	u, err := url.Parse(dsn)
	must(err)
	db, err := sql.Open("pgx", dsn)
	must(err)
	defer db.Close()
	ctx := context.Background()
	_, err = db.ExecContext(ctx, table)
	must(err)

	applied := map[string]bool{}
	rows, err := db.QueryContext(ctx, `SELECT version FROM schema_migrations`)
	must(err)
	for rows.Next() {
		var v string
		must(rows.Scan(&v))
		applied[v] = true
	}

	ups, _ := filepath.Glob("migrations/*.up.sql")
	sort.Strings(ups)

	switch os.Args[1] {
	case "status":
		for _, f := range ups {
			v := version(f)
			fmt.Printf("%-6s %s\n", map[bool]string{true: "up", false: "down"}[applied[v]], filepath.Base(f))
		}
	case "up":
		for _, f := range ups {
			if v := version(f); !applied[v] {
				apply(ctx, db, f, v, true)
			}
		}
	case "down":
		h := u.Hostname()
		if h != "localhost" && h != "127.0.0.1" {
			fmt.Fprintf(os.Stderr, "refusing to run down against %s\n", h)
			os.Exit(3)
		}
		n, _ := strconv.Atoi(os.Args[2])
		for i := len(ups) - 1; i >= 0 && n > 0; i-- {
			if v := version(ups[i]); applied[v] {
				apply(ctx, db, strings.Replace(ups[i], ".up.sql", ".down.sql", 1), v, false)
				n--
			}
		}
	}
}

func version(f string) string { return strings.SplitN(filepath.Base(f), "_", 2)[0] }

func apply(ctx context.Context, db *sql.DB, f, v string, up bool) {
	body, err := os.ReadFile(f)
	must(err)
	record := `INSERT INTO schema_migrations(version) VALUES ($1)`
	if !up {
		record = `DELETE FROM schema_migrations WHERE version = $1`
	}
	if strings.Contains(string(body), "-- migrate:no-transaction") {
		_, err = db.ExecContext(ctx, string(body))
		must(err)
		_, err = db.ExecContext(ctx, record, v)
		must(err)
	} else {
		tx, err := db.BeginTx(ctx, nil)
		must(err)
		if _, err = tx.ExecContext(ctx, string(body)); err != nil {
			tx.Rollback()
			must(fmt.Errorf("%s: %w", f, err))
		}
		_, err = tx.ExecContext(ctx, record, v)
		must(err)
		must(tx.Commit())
	}
	fmt.Println("applied", filepath.Base(f))
}

func must(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
