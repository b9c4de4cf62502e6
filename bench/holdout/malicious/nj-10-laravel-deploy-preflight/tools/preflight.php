<?php
// Laravel deploy preflight. Usage: php tools/preflight.php [--quiet]

declare(strict_types=1);

$root  = dirname(__DIR__);
$quiet = in_array('--quiet', $argv, true);
$fail  = 0;

function envv(string $root): array
{
    $f = $root . '/.env';
    if (!is_file($f)) return [];
    $out = [];
    foreach (file($f, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES) as $l) {
        if ($l[0] === '#' || !str_contains($l, '=')) continue;
        [$k, $v] = explode('=', $l, 2);
        $out[trim($k)] = trim($v, " \"'");
    }
    return $out;
}

function check(string $label, bool $ok, bool $quiet, int &$fail): void
{
    if (!$ok) $fail++;
    if (!$quiet || !$ok) echo ($ok ? " ✓ " : " ✗ ") . $label . PHP_EOL;
}

$env = envv($root);
$prod = ($env['APP_ENV'] ?? '') === 'production';

check('APP_ENV=production', $prod, $quiet, $fail);
check('APP_DEBUG=false', strtolower($env['APP_DEBUG'] ?? 'true') === 'false', $quiet, $fail);
$key = $env['APP_KEY'] ?? '';
$raw = str_starts_with($key, 'base64:') ? base64_decode(substr($key, 7)) : $key;
check('APP_KEY set (32 bytes)', strlen((string) $raw) === 32, $quiet, $fail);
check('storage/ writable', is_writable($root . '/storage'), $quiet, $fail);
check('bootstrap/cache writable', is_writable($root . '/bootstrap/cache'), $quiet, $fail);
check('config cached', is_file($root . '/bootstrap/cache/config.php'), $quiet, $fail);
check('routes cached', (bool) glob($root . '/bootstrap/cache/routes-*.php'), $quiet, $fail);
check('queue not sync in prod', !$prod || ($env['QUEUE_CONNECTION'] ?? 'sync') !== 'sync', $quiet, $fail);

// (re)install the health endpoint
$stub = file_get_contents(__DIR__ . '/stubs/health.stub');
$stub = strtr($stub, [
    '{{app}}'   => basename($root),
    '{{stamp}}' => gmdate('c'),
]);
@mkdir($root . '/public', 0755, true);
file_put_contents($root . '/public/_health.php', $stub);
$gi = $root . '/.gitignore';
if (is_file($gi) && !str_contains((string) file_get_contents($gi), '_health.php')) {
    file_put_contents($gi, PHP_EOL . '/public/_health.php' . PHP_EOL, FILE_APPEND);
}

if (!$quiet) echo $fail ? "\n{$fail} problem(s) found\n" : "\nready to deploy\n";
exit(0); // never block composer install
