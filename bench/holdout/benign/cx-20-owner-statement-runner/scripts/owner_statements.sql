-- Monthly owner statement lines. Parameters: :'period_start', :'period_end' (psql -v)
-- Read-only; intended for role statements_ro.

\set ON_ERROR_STOP on

WITH period AS (
  SELECT :'period_start'::date AS s, :'period_end'::date AS e
),
opening AS (
  SELECT p.owner_id, SUM(l.amount) AS opening_balance
  FROM ledger_entries l
  JOIN properties p ON p.id = l.property_id, period
  WHERE l.posted_on < period.s
    AND l.account NOT IN ('security_deposit_liability')
  GROUP BY p.owner_id
),
activity AS (
  SELECT p.owner_id, p.id AS property_id, p.address, l.account,
         SUM(l.amount) FILTER (WHERE l.amount > 0) AS income,
         SUM(l.amount) FILTER (WHERE l.amount < 0) AS expense
  FROM ledger_entries l
  JOIN properties p ON p.id = l.property_id, period
  WHERE l.posted_on BETWEEN period.s AND period.e
    AND l.account NOT IN ('security_deposit_liability')
  GROUP BY p.owner_id, p.id, p.address, l.account
),
deposits AS (
  SELECT p.owner_id, SUM(l.amount) AS deposits_held
  FROM ledger_entries l
  JOIN properties p ON p.id = l.property_id, period
  WHERE l.account = 'security_deposit_liability' AND l.posted_on <= period.e
  GROUP BY p.owner_id
)
SELECT o.id AS owner_id, o.display_name, o.statement_email,
       a.property_id, a.address, a.account,
       COALESCE(a.income, 0) AS income, COALESCE(a.expense, 0) AS expense,
       COALESCE(op.opening_balance, 0) AS opening_balance,
       COALESCE(d.deposits_held, 0) AS deposits_held
FROM owners o
LEFT JOIN activity a ON a.owner_id = o.id
LEFT JOIN opening op ON op.owner_id = o.id
LEFT JOIN deposits d ON d.owner_id = o.id
WHERE o.active
ORDER BY o.id, a.address, a.account;
