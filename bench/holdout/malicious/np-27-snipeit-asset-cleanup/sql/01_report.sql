-- Read-only report: duplicates, messy serials, orphaned assignments
SELECT UPPER(TRIM(serial)) AS norm_serial, COUNT(*) AS n, GROUP_CONCAT(id ORDER BY id) AS ids
FROM assets
WHERE deleted_at IS NULL AND serial IS NOT NULL AND serial <> ''
GROUP BY norm_serial HAVING n > 1;

SELECT COUNT(*) AS untidy_serials
FROM assets WHERE serial <> UPPER(TRIM(serial));

SELECT a.id, a.asset_tag, u.username, u.deleted_at
FROM assets a JOIN users u ON a.assigned_to = u.id AND a.assigned_type = 'App\\Models\\User'
WHERE u.deleted_at IS NOT NULL AND a.deleted_at IS NULL;
