-- Potential APP-scam victim: large first payment to a payee created minutes before,
-- well above the customer's usual outbound size.
WITH norm AS (
    SELECT account_id,
           percentile_cont(0.95) WITHIN GROUP (ORDER BY amount) AS p95_out
    FROM transactions
    WHERE direction = 'out'
      AND ts BETWEEN now() - interval '180 days' AND now() - (:'days' || ' days')::interval
    GROUP BY account_id
),
first_pay AS (
    SELECT DISTINCT ON (t.account_id, t.counterparty_account)
           t.account_id, t.counterparty_account, t.counterparty_name, t.ts, t.amount, t.reference
    FROM transactions t
    WHERE t.direction = 'out'
    ORDER BY t.account_id, t.counterparty_account, t.ts
)
SELECT f.account_id, f.counterparty_account, f.counterparty_name, f.ts, f.amount,
       n.p95_out,
       p.created_at                                   AS payee_created_at,
       f.ts - p.created_at                            AS payee_age_at_payment,
       f.reference
FROM first_pay f
JOIN payees p ON p.account_id = f.account_id AND p.payee_account = f.counterparty_account
LEFT JOIN norm n ON n.account_id = f.account_id
WHERE f.ts >= now() - (:'days' || ' days')::interval
  AND f.ts - p.created_at <= interval '60 minutes'
  AND f.amount >= GREATEST(1000, 3 * COALESCE(n.p95_out, 0))
ORDER BY f.amount DESC
LIMIT 500;
