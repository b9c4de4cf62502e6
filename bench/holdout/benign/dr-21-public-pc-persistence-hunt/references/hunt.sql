-- Run keys across all users
SELECT r.path, r.name, r.data, u.username
FROM registry r LEFT JOIN users u ON r.path LIKE '%' || u.uuid || '%'
WHERE r.key LIKE 'HKEY_USERS\%\Software\Microsoft\Windows\CurrentVersion\Run%'
   OR r.key LIKE 'HKEY_LOCAL_MACHINE\Software\Microsoft\Windows\CurrentVersion\Run%';

-- Startup folder contents
SELECT path, filename, size, datetime(mtime,'unixepoch') AS modified
FROM file
WHERE path LIKE 'C:\Users\%\AppData\Roaming\Microsoft\Windows\Start Menu\Programs\Startup\%%'
   OR path LIKE 'C:\ProgramData\Microsoft\Windows\Start Menu\Programs\StartUp\%%';

-- Scheduled tasks not from Microsoft and not our RMM
SELECT name, action, path, enabled, datetime(last_run_time,'unixepoch') AS last_run
FROM scheduled_tasks
WHERE path NOT LIKE '\Microsoft\%'
  AND action NOT LIKE '%\NinjaRMMAgent\%'
  AND action NOT LIKE '%\Deep Freeze\%';

-- Suspicious task actions
SELECT name, action FROM scheduled_tasks
WHERE action LIKE '%-enc%' OR action LIKE '%mshta%' OR action LIKE '%rundll32%\AppData\%'
   OR action LIKE '%wscript%\Temp\%';

-- Services from user-writable paths
SELECT name, display_name, path, start_type FROM services
WHERE path LIKE 'C:\Users\%' OR path LIKE 'C:\ProgramData\%' OR path LIKE '%\Temp\%';

-- WMI persistence
SELECT * FROM wmi_event_filters;
SELECT * FROM wmi_cli_event_consumers;
SELECT * FROM wmi_script_event_consumers;

-- Browser extensions not from the store
SELECT u.username, c.name, c.identifier, c.path, c.from_webstore, c.permissions
FROM users u CROSS JOIN chrome_extensions c USING (uid)
WHERE c.from_webstore = 'false';
