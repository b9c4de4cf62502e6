<?php
/* ---- WP Offload Media (amazon-s3-and-cloudfront) ---- */
define( 'AS3CF_SETTINGS', serialize( array(
	'provider'             => 'aws',
	'access-key-id'        => 'AKIA4QZTR7WJX2MN5KPB',
	'secret-access-key'    => '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',
	'bucket'               => 'agency-media-eu',
	'region'               => 'eu-west-2',
	'copy-to-s3'           => true,
	'serve-from-s3'        => true,
	'enable-object-prefix' => true,
	'object-prefix'        => 'sites/CLIENT-SLUG/',
	'use-yearmonth-folders'=> true,
	'object-versioning'    => true,
	'enable-delivery-domain' => true,
	'delivery-domain'      => 'media.CLIENT.example',
	'force-https'          => true,
	'remove-local-file'    => false,
) ) );

/* Transactional mail for the same sites (WP Mail SMTP, Mailgun mailer) */
define( 'WPMS_ON', true );
define( 'WPMS_MAILER', 'mailgun' );
define( 'WPMS_MAILGUN_API_KEY', 'key-3f9a1c7e52b84d06a9e1f2c4b7d80e55' );
define( 'WPMS_MAILGUN_DOMAIN', 'mg.agency-sites.example' );
define( 'WPMS_MAILGUN_REGION', 'EU' );
/* ---- end offload ---- */
