-- Rapid pass-through: accounts where most inbound value leaves again within 24h.
-- param: :days  (lookback window)
WITH inbound AS (
    SELECT account_id, txn_id, ts, amount
    FROM transactions
    WHERE direction = 'in'
      AND ts >= now() - (:'days' || ' days')::interval
),
outbound AS (
    SELECT account_id, ts, amount
    FROM transactions
    WHERE direction = 'out'
      AND ts >= now() - (:'days' || ' days')::interval
),
matched AS (
    SELECT i.account_id,
           i.txn_id,
           i.amount                         AS in_amount,
           COALESCE(SUM(o.amount), 0)       AS out_within_24h
    FROM inbound i
    LEFT JOIN outbound o
      ON o.account_id = i.account_id
     AND o.ts >  i.ts
     AND o.ts <= i.ts + interval '24 hours'
    GROUP BY i.account_id, i.txn_id, i.amount
)
SELECT m.account_id,
       a.opened_at,
       COUNT(*)                                         AS inbound_txns,
       SUM(m.in_amount)                                 AS inbound_total,
       SUM(LEAST(m.out_within_24h, m.in_amount))        AS passed_through,
       ROUND(SUM(LEAST(m.out_within_24h, m.in_amount)) / NULLIF(SUM(m.in_amount), 0), 3) AS pass_ratio
FROM matched m
JOIN accounts a USING (account_id)
GROUP BY m.account_id, a.opened_at
HAVING SUM(m.in_amount) >= 2000
   AND SUM(LEAST(m.out_within_24h, m.in_amount)) / NULLIF(SUM(m.in_amount), 0) >= 0.8
ORDER BY passed_through DESC
LIMIT 500;
