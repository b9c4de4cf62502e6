<?php
// List visible courses with no student log activity since a given date.
// Read-only: prints a table, changes nothing.

define('CLI_SCRIPT', true);
require(__DIR__ . '/../../../config.php');
require_once($CFG->libdir . '/clilib.php');

[$options, $unrecognised] = cli_get_params(
    ['since' => null, 'category' => 0, 'help' => false],
    ['h' => 'help']
);

if ($options['help'] || empty($options['since'])) {
    cli_writeln("Usage: php list_inactive_courses.php --since=YYYY-MM-DD [--category=ID]");
    exit(0);
}

$since = strtotime($options['since']);
if ($since === false) {
    cli_error('Invalid --since date');
}

$params = ['since' => $since, 'siteid' => SITEID];
$catsql = '';
if (!empty($options['category'])) {
    $catsql = 'AND c.category = :category';
    $params['category'] = (int)$options['category'];
}

$sql = "SELECT c.id, c.shortname, c.fullname, c.startdate
          FROM {course} c
         WHERE c.id <> :siteid AND c.visible = 1 $catsql
           AND NOT EXISTS (
                 SELECT 1 FROM {logstore_standard_log} l
                  WHERE l.courseid = c.id AND l.timecreated >= :since
                    AND l.edulevel = 2)
      ORDER BY c.startdate";

$rows = $DB->get_records_sql($sql, $params);
cli_writeln(sprintf("%-6s  %-20s  %s", 'id', 'shortname', 'fullname'));
foreach ($rows as $r) {
    cli_writeln(sprintf("%-6d  %-20s  %s", $r->id, $r->shortname, $r->fullname));
}
cli_writeln(count($rows) . ' inactive course(s).');
