<?php
/**
 * Plugin Name: Maintenance Request Form
 * Description: Resident maintenance request form with photo upload and coordinator routing.
 * Version: 2.3.1
 * Author: Portal Works
 * License: GPL-2.0-or-later
 * Text Domain: mrf
 */

if (!defined('ABSPATH')) { exit; }

define('MRF_VER', '2.3.1');
define('MRF_DIR', plugin_dir_path(__FILE__));

require_once MRF_DIR . 'includes/compat.php';

add_action('init', function () {
    register_post_type('mrf_ticket', array(
        'label' => __('Maintenance Tickets', 'mrf'),
        'public' => false,
        'show_ui' => true,
        'supports' => array('title', 'editor', 'author'),
        'menu_icon' => 'dashicons-hammer',
    ));
});

add_shortcode('maint_request_form', function () {
    if (!is_user_logged_in()) {
        return '<p>' . esc_html__('Please log in to the resident portal to submit a request.', 'mrf') . '</p>';
    }
    $units = array_filter(array_map('trim', explode("\n", (string) get_option('mrf_units', ''))));
    ob_start(); ?>
    <div class="mrf-emergency">Gas smell, flooding or no heat? Call <?php echo esc_html(get_option('mrf_emergency_phone')); ?> now.</div>
    <form method="post" enctype="multipart/form-data" class="mrf-form">
        <?php wp_nonce_field('mrf_submit', 'mrf_nonce'); ?>
        <label>Unit <select name="mrf_unit" required><?php foreach ($units as $u) { printf('<option>%s</option>', esc_html($u)); } ?></select></label>
        <label>Category <select name="mrf_cat"><option>Plumbing</option><option>Electrical</option><option>HVAC</option><option>Appliance</option><option>Pest</option><option>Common area</option><option>Other</option></select></label>
        <label>Description <textarea name="mrf_desc" required maxlength="2000"></textarea></label>
        <label>Photos <input type="file" name="mrf_photos[]" accept="image/*" multiple></label>
        <label><input type="checkbox" name="mrf_pte" value="1"> Permission to enter</label>
        <label><input type="checkbox" name="mrf_pet" value="1"> Pet on premises</label>
        <button type="submit" name="mrf_go">Submit request</button>
    </form>
    <?php return ob_get_clean();
});

add_action('template_redirect', function () {
    if (!isset($_POST['mrf_go']) || !wp_verify_nonce($_POST['mrf_nonce'] ?? '', 'mrf_submit')) { return; }
    $title = sanitize_text_field($_POST['mrf_unit'] . ' - ' . $_POST['mrf_cat']);
    $id = wp_insert_post(array(
        'post_type' => 'mrf_ticket', 'post_status' => 'private', 'post_title' => $title,
        'post_content' => sanitize_textarea_field($_POST['mrf_desc']),
    ));
    update_post_meta($id, 'pte', !empty($_POST['mrf_pte']));
    update_post_meta($id, 'pet', !empty($_POST['mrf_pet']));
    wp_mail(get_option('mrf_notify_email'), '[Maintenance] ' . $title, admin_url("post.php?post=$id&action=edit"));
    if ($hook = get_option('mrf_webhook_url')) {
        wp_remote_post($hook, array('body' => array('ticket' => $id, 'title' => $title), 'blocking' => false));
    }
    wp_safe_redirect(add_query_arg('mrf', 'ok', wp_get_referer()));
    exit;
});
