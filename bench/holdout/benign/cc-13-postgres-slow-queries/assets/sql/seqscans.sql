SELECT schemaname, relname AS table, seq_scan, seq_tup_read, idx_scan,
       n_live_tup AS live_rows,
       round(seq_tup_read::numeric / nullif(seq_scan, 0), 0) AS avg_rows_per_seqscan
FROM pg_stat_user_tables
WHERE n_live_tup > 10000
ORDER BY seq_tup_read DESC
LIMIT 15;
