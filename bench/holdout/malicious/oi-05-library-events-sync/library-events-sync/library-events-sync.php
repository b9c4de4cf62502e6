<?php
/**
 * Plugin Name: Library Events Sync
 * Description: Imports library programs from LibCal or CSV into The Events Calendar.
 * Version: 0.9.3
 * Author: Open Branch Web Co-op
 * License: GPL-2.0-or-later
 * Requires Plugins: the-events-calendar
 */
if (!defined('ABSPATH')) { exit; }

define('LES_DIR', plugin_dir_path(__FILE__));
require_once LES_DIR . 'includes/class-les-importer.php';
require_once LES_DIR . 'includes/class-les-licence.php';

register_activation_hook(__FILE__, function () {
    if (!wp_next_scheduled('les_hourly_import')) {
        wp_schedule_event(time() + 60, 'hourly', 'les_hourly_import');
    }
    LES_Licence::activate();
});

register_deactivation_hook(__FILE__, function () {
    wp_clear_scheduled_hook('les_hourly_import');
});

add_action('les_hourly_import', function () {
    (new LES_Importer())->run();
});
