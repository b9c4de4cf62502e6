<?php
// Legit: reads base64-encoded config from env, no request input involved
$config = json_decode(base64_decode(getenv('APP_CONFIG_B64')), true);
$page = htmlspecialchars($_GET['page'] ?? 'home', ENT_QUOTES);
echo "<h1>{$page}</h1>";
