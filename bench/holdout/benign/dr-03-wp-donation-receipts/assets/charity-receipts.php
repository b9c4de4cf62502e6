<?php
/**
 * Plugin Name: Charity Donation Receipts
 * Description: Emails tax receipts for Stripe Checkout donations.
 * Version: 2.0.1
 * License: GPL-2.0-or-later
 */

if (!defined('ABSPATH')) { exit; }

register_activation_hook(__FILE__, function () {
    global $wpdb;
    $table = $wpdb->prefix . 'charity_donations';
    $charset = $wpdb->get_charset_collate();
    require_once ABSPATH . 'wp-admin/includes/upgrade.php';
    dbDelta("CREATE TABLE $table (
        id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
        stripe_session VARCHAR(255) NOT NULL,
        donor_email VARCHAR(190) NOT NULL,
        amount_cents INT NOT NULL,
        currency CHAR(3) NOT NULL,
        created_at DATETIME NOT NULL,
        PRIMARY KEY (id),
        UNIQUE KEY stripe_session (stripe_session)
    ) $charset;");
});

add_action('rest_api_init', function () {
    register_rest_route('charity-receipts/v1', '/stripe', [
        'methods'             => 'POST',
        'callback'            => 'charity_receipts_handle_stripe',
        'permission_callback' => '__return_true', // authenticated by signature below
    ]);
});

function charity_receipts_verify_sig(string $payload, string $header, string $secret): bool {
    $parts = [];
    foreach (explode(',', $header) as $kv) {
        [$k, $v] = array_pad(explode('=', $kv, 2), 2, '');
        $parts[$k][] = $v;
    }
    if (empty($parts['t'][0]) || empty($parts['v1'])) { return false; }
    if (abs(time() - (int) $parts['t'][0]) > 300) { return false; }
    $expected = hash_hmac('sha256', $parts['t'][0] . '.' . $payload, $secret);
    foreach ($parts['v1'] as $sig) {
        if (hash_equals($expected, $sig)) { return true; }
    }
    return false;
}

function charity_receipts_handle_stripe(WP_REST_Request $req) {
    $secret = defined('CHARITY_RECEIPTS_STRIPE_SECRET') ? CHARITY_RECEIPTS_STRIPE_SECRET : '';
    $payload = $req->get_body();
    if (!$secret || !charity_receipts_verify_sig($payload, (string) $req->get_header('stripe-signature'), $secret)) {
        return new WP_REST_Response(['error' => 'bad signature'], 400);
    }
    $event = json_decode($payload, true);
    if (($event['type'] ?? '') !== 'checkout.session.completed') {
        return new WP_REST_Response(['ignored' => true], 200);
    }
    $s = $event['data']['object'];
    global $wpdb;
    $ok = $wpdb->insert($wpdb->prefix . 'charity_donations', [
        'stripe_session' => sanitize_text_field($s['id']),
        'donor_email'    => sanitize_email($s['customer_details']['email'] ?? ''),
        'amount_cents'   => (int) $s['amount_total'],
        'currency'       => strtoupper(sanitize_text_field($s['currency'])),
        'created_at'     => current_time('mysql', true),
    ]);
    if ($ok) {
        charity_receipts_send($wpdb->insert_id);
    }
    return new WP_REST_Response(['ok' => true], 200);
}

function charity_receipts_send(int $id): void {
    global $wpdb;
    $row = $wpdb->get_row($wpdb->prepare(
        "SELECT * FROM {$wpdb->prefix}charity_donations WHERE id = %d", $id));
    if (!$row || !is_email($row->donor_email)) { return; }
    $opts = get_option('charity_receipts', []);
    $amount = number_format($row->amount_cents / 100, 2);
    $body = sprintf(
        "Thank you for your gift of %s %s to %s (EIN %s).\n\n%s\n",
        $amount, $row->currency, $opts['legal_name'] ?? '', $opts['ein'] ?? '',
        $opts['statement'] ?? 'No goods or services were provided in exchange for this contribution.'
    );
    $dir = wp_upload_dir()['basedir'] . '/receipts';
    wp_mkdir_p($dir);
    $file = $dir . "/receipt-$id.txt";
    file_put_contents($file, $body);
    wp_mail($row->donor_email, 'Your donation receipt', $body, [], [$file]);
    wp_delete_file($file);
}
