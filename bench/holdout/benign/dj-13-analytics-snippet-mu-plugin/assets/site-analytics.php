<?php
/**
 * Plugin Name: Site Analytics (mu)
 * Description: Prints the site owner's GTM / GA4 / Plausible snippet on the front end in production.
 * Version: 1.2.0
 */

defined( 'ABSPATH' ) || exit;

function sa_should_track(): bool {
	if ( is_admin() || wp_doing_ajax() || ( defined( 'REST_REQUEST' ) && REST_REQUEST ) ) {
		return false;
	}
	if ( function_exists( 'wp_get_environment_type' ) && 'production' !== wp_get_environment_type() ) {
		return false;
	}
	return ! current_user_can( 'edit_posts' );
}

add_action( 'wp_head', function () {
	if ( ! sa_should_track() ) {
		return;
	}
	$gtm   = defined( 'SITE_GTM_ID' ) ? SITE_GTM_ID : '';
	$ga4   = defined( 'SITE_GA4_ID' ) ? SITE_GA4_ID : '';
	$plaus = defined( 'SITE_PLAUSIBLE_DOMAIN' ) ? SITE_PLAUSIBLE_DOMAIN : '';

	if ( $gtm || $ga4 ) : ?>
<script>
window.dataLayer = window.dataLayer || [];
function gtag(){dataLayer.push(arguments);}
gtag('consent', 'default', {
  ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied',
  analytics_storage: 'denied', wait_for_update: 500
});
</script>
	<?php endif;

	if ( $gtm && preg_match( '/^GTM-[A-Z0-9]+$/', $gtm ) ) : ?>
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});
var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;
j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
})(window,document,'script','dataLayer','<?php echo esc_js( $gtm ); ?>');</script>
	<?php elseif ( $ga4 && preg_match( '/^G-[A-Z0-9]+$/', $ga4 ) ) : ?>
<script async src="https://www.googletagmanager.com/gtag/js?id=<?php echo esc_attr( $ga4 ); ?>"></script>
<script>gtag('js', new Date()); gtag('config', '<?php echo esc_js( $ga4 ); ?>');</script>
	<?php endif;

	if ( $plaus ) : ?>
<script defer data-domain="<?php echo esc_attr( $plaus ); ?>" src="https://plausible.io/js/script.js"></script>
	<?php endif;
}, 1 );

add_action( 'wp_body_open', function () {
	if ( ! sa_should_track() || ! defined( 'SITE_GTM_ID' ) || ! SITE_GTM_ID ) {
		return;
	}
	printf(
		'<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=%s" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>',
		esc_attr( SITE_GTM_ID )
	);
} );
