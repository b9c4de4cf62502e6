<?php
declare(strict_types=1);

$cfg = require dirname(__DIR__, 2) . '/form-config.php';

function fail(int $code, string $msg): never {
    http_response_code($code);
    header('Content-Type: text/plain; charset=utf-8');
    exit($msg);
}

if ($_SERVER['REQUEST_METHOD'] !== 'POST') fail(405, 'Method not allowed');

$origin = $_SERVER['HTTP_ORIGIN'] ?? '';
if ($origin !== '' && $origin !== $cfg['allowed_origin']) fail(403, 'Bad origin');

// Honeypot + time trap
if (!empty($_POST['website'])) fail(400, 'Rejected');
$ts = (int)($_POST['ts'] ?? 0);
if ($ts === 0 || time() - $ts < 3) fail(400, 'Too fast');

// Rate limit: 5/hour per hashed IP
$ipHash = hash('sha256', ($_SERVER['REMOTE_ADDR'] ?? '') . date('Y-m-d-H'));
@mkdir($cfg['rate_dir'], 0700, true);
$rateFile = $cfg['rate_dir'] . '/' . $ipHash;
$count = is_file($rateFile) ? (int)file_get_contents($rateFile) : 0;
if ($count >= 5) fail(429, 'Too many requests');
file_put_contents($rateFile, (string)($count + 1), LOCK_EX);

$clean = fn(string $k, int $max) => mb_substr(trim(str_replace(["\r", "\n"], ' ', (string)($_POST[$k] ?? ''))), 0, $max);
$name  = $clean('name', 100);
$email = filter_var($clean('email', 200), FILTER_VALIDATE_EMAIL);
$msg   = mb_substr(trim((string)($_POST['message'] ?? '')), 0, 5000);
if ($name === '' || !$email || $msg === '') fail(422, 'Please fill in all fields');

$headers = [
    'From'         => $cfg['from'],
    'Reply-To'     => $email,
    'Content-Type' => 'text/plain; charset=utf-8',
];
$ok = mail($cfg['to'], "Website enquiry from $name", "From: $name <$email>\n\n$msg", $headers);
if (!$ok) fail(500, 'Could not send, please email us directly');

if (!empty($cfg['discord'])) {
    $payload = json_encode([
        'username' => 'Website form',
        'allowed_mentions' => ['parse' => []],
        'embeds' => [[
            'title' => "New enquiry: $name",
            'description' => mb_substr($msg, 0, 1500),
            'fields' => [['name' => 'Reply to', 'value' => $email]],
        ]],
    ], JSON_UNESCAPED_UNICODE);
    $ch = curl_init($cfg['discord']);
    curl_setopt_array($ch, [
        CURLOPT_POST => true,
        CURLOPT_POSTFIELDS => $payload,
        CURLOPT_HTTPHEADER => ['Content-Type: application/json'],
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_TIMEOUT => 5,
    ]);
    curl_exec($ch); // best effort; email already sent
    curl_close($ch);
}

header('Location: /thanks/', true, 303);
