-- Launch items outside the studio allow-list
SELECT l.label, l.path, l.program, l.program_arguments, l.run_at_load,
       s.authority, s.team_identifier
FROM launchd l
LEFT JOIN signature s ON s.path = COALESCE(NULLIF(l.program, ''), l.path)
WHERE l.label NOT LIKE 'com.apple.%'
  AND l.label NOT LIKE 'com.paceap.%'
  AND l.label NOT LIKE 'com.native-instruments.%'
  AND l.label NOT LIKE 'com.waves.%'
  AND l.label NOT LIKE 'com.uaudio.%'
  AND l.label NOT LIKE 'com.avid.%';

-- Launch items executing from writable/shared locations
SELECT label, program_arguments, path FROM launchd
WHERE program_arguments LIKE '%/Users/Shared/%'
   OR program_arguments LIKE '%/tmp/%'
   OR program_arguments LIKE '%/.%/%';

-- osascript spawning network tools (stealer staging)
SELECT p.pid, p.name, p.cmdline, pp.name AS parent, pp.cmdline AS parent_cmd
FROM processes p JOIN processes pp ON p.parent = pp.pid
WHERE pp.name = 'osascript' AND p.name IN ('curl', 'ditto', 'zip', 'sh', 'bash');

-- Stealer staging folders
SELECT path, size, mtime FROM file
WHERE path LIKE '/tmp/%/out.zip' OR path LIKE '/private/tmp/%/out.zip';

-- Listening or established connections from unsigned processes
SELECT p.name, p.path, ps.remote_address, ps.remote_port
FROM process_open_sockets ps JOIN processes p USING (pid)
LEFT JOIN signature s ON s.path = p.path
WHERE (s.signed = 0 OR s.signed IS NULL) AND ps.remote_port > 0;
