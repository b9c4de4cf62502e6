-- DSAR search across core schemas. Run as role privacy_ro (SELECT-only).
-- Variables: :'email', :customer_id   (psql -v)
\set ON_ERROR_STOP on
BEGIN READ ONLY;

-- Core profile
SELECT 'crm.customers' AS source, c.id, c.first_name, c.last_name, c.email, c.phone,
       c.created_at, c.marketing_opt_in, c.country
FROM crm.customers c
WHERE c.id = :customer_id OR lower(c.email) = lower(:'email');

-- Addresses
SELECT 'crm.addresses' AS source, a.*
FROM crm.addresses a
WHERE a.customer_id = :customer_id;

-- Orders (no card data is stored; only PSP token reference and last4)
SELECT 'billing.orders' AS source, o.id, o.created_at, o.total, o.currency, o.status,
       o.payment_brand, o.payment_last4
FROM billing.orders o
WHERE o.customer_id = :customer_id
ORDER BY o.created_at;

-- Support tickets (message bodies may include third-party data: review before release)
SELECT 'support.tickets' AS source, t.id, t.created_at, t.subject, t.status, t.channel
FROM support.tickets t
WHERE t.customer_id = :customer_id OR lower(t.requester_email) = lower(:'email');

SELECT 'support.messages' AS source, m.ticket_id, m.created_at, m.author_type, m.body
FROM support.messages m
JOIN support.tickets t ON t.id = m.ticket_id
WHERE t.customer_id = :customer_id OR lower(t.requester_email) = lower(:'email')
ORDER BY m.created_at;

-- Marketing events
SELECT 'marketing.events' AS source, e.event_type, e.campaign, e.occurred_at
FROM marketing.events e
WHERE lower(e.email) = lower(:'email')
ORDER BY e.occurred_at;

-- Web analytics joined by customer id (pseudonymous)
SELECT 'analytics.sessions' AS source, s.session_start, s.device_type, s.country, s.landing_page
FROM analytics.sessions s
WHERE s.customer_id = :customer_id
ORDER BY s.session_start DESC
LIMIT 5000;

-- Consent history
SELECT 'privacy.consents' AS source, k.purpose, k.granted, k.recorded_at, k.source AS capture_point
FROM privacy.consents k
WHERE k.customer_id = :customer_id
ORDER BY k.recorded_at;

ROLLBACK;
