<?php
// Legit admin script (CLI only): runs a fixed command, no user input
if (php_sapi_name() !== 'cli') exit(1);
exec('/usr/local/bin/wp db export /var/backups/wp.sql', $out, $rc);
