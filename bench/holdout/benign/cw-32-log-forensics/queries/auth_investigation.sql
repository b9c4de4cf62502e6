-- DuckDB queries over /tmp/auth.parquet produced by parse_authlog.py
CREATE OR REPLACE VIEW auth AS SELECT * FROM read_parquet('/tmp/auth.parquet');

-- 1. Brute force: failed attempts per IP per 10 minutes
SELECT ip, time_bucket(INTERVAL 10 MINUTE, ts) AS bucket, count(*) AS fails,
       count(DISTINCT "user") AS users
FROM auth WHERE kind IN ('ssh_fail', 'ssh_invalid')
GROUP BY ALL HAVING fails >= 20 ORDER BY fails DESC LIMIT 50;

-- 2. Password spray: many users, few tries each
SELECT ip, count(DISTINCT "user") AS users, count(*) AS attempts,
       round(count(*) / count(DISTINCT "user"), 1) AS per_user
FROM auth WHERE kind IN ('ssh_fail', 'ssh_invalid')
GROUP BY ip HAVING users >= 10 AND per_user <= 3 ORDER BY users DESC;

-- 3. Success after failures from the same IP (possible compromise)
WITH f AS (SELECT ip, max(ts) AS last_fail, count(*) AS n FROM auth WHERE kind = 'ssh_fail' GROUP BY ip)
SELECT a.ts, a.host, a."user", a.ip, a.method, f.n AS prior_fails
FROM auth a JOIN f USING (ip)
WHERE a.kind = 'ssh_ok' AND a.ts BETWEEN f.last_fail AND f.last_fail + INTERVAL 1 HOUR
ORDER BY a.ts;

-- 4. sudo usage timeline, highlighting shells and credential files
SELECT ts, host, "user", command,
       regexp_matches(command, '(/bin/(ba)?sh|/etc/shadow|authorized_keys|useradd|visudo|chmod [0-7]*s)') AS suspicious
FROM auth WHERE kind = 'sudo' ORDER BY ts;
