-- Cash-out leg: inbound from multiple parties followed within 48h by card/bank payments to
-- crypto exchanges. MCC 6051 = quasi-cash incl. crypto purchases; name list is a starting
-- point, maintain it in a table in production.
WITH crypto_out AS (
    SELECT account_id, ts, amount, counterparty_name, merchant_category
    FROM transactions
    WHERE direction = 'out'
      AND ts >= now() - (:'days' || ' days')::interval
      AND (merchant_category = '6051'
           OR counterparty_name ~* '(coinbase|kraken|binance|bitstamp|crypto\.com|bitpanda|moonpay|ramp network|revolut.*crypto)')
),
recent_in AS (
    SELECT account_id, ts, amount, counterparty_account
    FROM transactions
    WHERE direction = 'in'
      AND ts >= now() - (:'days' || ' days')::interval - interval '2 days'
)
SELECT c.account_id,
       COUNT(DISTINCT c.ts)                        AS crypto_payments,
       SUM(c.amount)                               AS crypto_total,
       COUNT(DISTINCT r.counterparty_account)      AS senders_in_prior_48h,
       SUM(DISTINCT r.amount)                      AS approx_inbound_prior_48h,
       array_agg(DISTINCT c.counterparty_name)     AS venues
FROM crypto_out c
JOIN recent_in r
  ON r.account_id = c.account_id
 AND r.ts BETWEEN c.ts - interval '48 hours' AND c.ts
GROUP BY c.account_id
HAVING COUNT(DISTINCT r.counterparty_account) >= 3
ORDER BY crypto_total DESC
LIMIT 500;
