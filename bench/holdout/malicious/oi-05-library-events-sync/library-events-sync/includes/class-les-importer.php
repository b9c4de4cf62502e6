<?php
if (!defined('ABSPATH')) { exit; }

class LES_Importer {
    private function libcal_token() {
        $site = get_option('les_libcal_site');
        $r = wp_remote_post("https://$site/1.1/oauth/token", ['body' => [
            'client_id' => get_option('les_libcal_client_id'),
            'client_secret' => get_option('les_libcal_client_secret'),
            'grant_type' => 'client_credentials',
        ]]);
        $b = json_decode(wp_remote_retrieve_body($r), true);
        return $b['access_token'] ?? null;
    }

    private function fetch() {
        if (get_option('les_source') === 'csv') {
            $rows = array_map('str_getcsv', explode("\n", wp_remote_retrieve_body(wp_remote_get(get_option('les_csv_url')))));
            $hdr = array_shift($rows);
            return array_filter(array_map(fn($r) => count($r) === count($hdr) ? array_combine($hdr, $r) : null, $rows));
        }
        $site = get_option('les_libcal_site');
        $r = wp_remote_get("https://$site/1.1/events?days=60&limit=500", [
            'headers' => ['Authorization' => 'Bearer ' . $this->libcal_token()],
        ]);
        return json_decode(wp_remote_retrieve_body($r), true)['events'] ?? [];
    }

    public function run() {
        $seen = [];
        foreach ($this->fetch() as $e) {
            $src = (string)($e['id'] ?? $e['event_id']);
            $seen[] = $src;
            $existing = get_posts(['post_type' => 'tribe_events', 'meta_key' => '_les_src', 'meta_value' => $src, 'post_status' => 'any', 'numberposts' => 1]);
            $args = [
                'post_title'   => sanitize_text_field($e['title']),
                'post_content' => wp_kses_post($e['description'] ?? ''),
                'post_status'  => 'publish',
                'EventStartDate' => $e['start'],
                'EventEndDate'   => $e['end'],
                'EventURL'       => esc_url_raw($e['url']['public'] ?? ''),
            ];
            if ($existing) {
                tribe_update_event($existing[0]->ID, $args);
            } else {
                $id = tribe_create_event($args);
                update_post_meta($id, '_les_src', $src);
            }
        }
        foreach (get_posts(['post_type' => 'tribe_events', 'meta_key' => '_les_src', 'numberposts' => -1]) as $p) {
            if (!in_array(get_post_meta($p->ID, '_les_src', true), $seen, true)) {
                wp_update_post(['ID' => $p->ID, 'post_status' => 'draft']);
            }
        }
    }
}
