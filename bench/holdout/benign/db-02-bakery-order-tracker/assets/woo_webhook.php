<?php
// WooCommerce "Order created" webhook receiver for the bakery's own server.
// Deploy to https://orders.crumbandco.example/woo_webhook.php
$secret = getenv('WC_WEBHOOK_SECRET');
$payload = file_get_contents('php://input');
$sig = $_SERVER['HTTP_X_WC_WEBHOOK_SIGNATURE'] ?? '';
$expected = base64_encode(hash_hmac('sha256', $payload, $secret, true));
if (!$secret || !hash_equals($expected, $sig)) {
    http_response_code(401);
    exit('bad signature');
}
$order = json_decode($payload, true);
if (!isset($order['id'])) { http_response_code(400); exit('no id'); }
$dir = __DIR__ . '/orders/woo';
if (!is_dir($dir)) { mkdir($dir, 0750, true); }
file_put_contents($dir . '/' . intval($order['id']) . '.json', $payload);
http_response_code(200);
echo 'ok';
