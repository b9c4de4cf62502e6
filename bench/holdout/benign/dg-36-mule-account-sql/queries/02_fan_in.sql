-- Fan-in: young accounts receiving from many distinct, unrelated senders.
SELECT t.account_id,
       a.opened_at,
       now()::date - a.opened_at::date                   AS account_age_days,
       COUNT(DISTINCT t.counterparty_account)            AS distinct_senders,
       COUNT(*)                                          AS inbound_txns,
       SUM(t.amount)                                     AS inbound_total,
       array_agg(DISTINCT left(t.reference, 30))         AS sample_refs
FROM transactions t
JOIN accounts a USING (account_id)
WHERE t.direction = 'in'
  AND t.channel IN ('fps', 'sepa')
  AND t.ts >= now() - (:'days' || ' days')::interval
  AND a.opened_at >= now() - interval '120 days'
GROUP BY t.account_id, a.opened_at
HAVING COUNT(DISTINCT t.counterparty_account) >= 8
ORDER BY distinct_senders DESC, inbound_total DESC
LIMIT 500;
