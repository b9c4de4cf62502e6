-- Read-only DSAR queries. :email is bound by the script; run as role dsar_reader on the replica.

-- name: account
SELECT id, email, full_name, created_at, country, marketing_opt_in, last_login_at
FROM accounts WHERE lower(email) = lower(:email);

-- name: addresses
SELECT a.line1, a.line2, a.city, a.postcode, a.country, a.created_at
FROM addresses a JOIN accounts u ON u.id = a.account_id
WHERE lower(u.email) = lower(:email);

-- name: orders
SELECT o.id, o.created_at, o.total_cents, o.currency, o.status
FROM orders o JOIN accounts u ON u.id = o.account_id
WHERE lower(u.email) = lower(:email)
ORDER BY o.created_at;

-- name: login_history
SELECT l.created_at, l.ip_address, l.user_agent, l.success
FROM login_events l JOIN accounts u ON u.id = l.account_id
WHERE lower(u.email) = lower(:email) AND l.created_at > now() - interval '13 months';

-- name: consents
SELECT c.purpose, c.granted, c.changed_at, c.source
FROM consents c JOIN accounts u ON u.id = c.account_id
WHERE lower(u.email) = lower(:email);
