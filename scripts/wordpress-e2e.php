<?php
// Helper for scripts/wordpress-e2e.sh: WordPress's own PHP API, without wp-cli (not in Debian).
//
//   php wordpress-e2e.php install            wp_install() + the comment options the test needs
//   php wordpress-e2e.php activate           activate the Akismet plugin
//   php wordpress-e2e.php option NAME        print an option (e.g. wordpress_api_key)
//   php wordpress-e2e.php comment ID         "approved akismet_result akismet_user_result"
//
// The site is chosen by WORDPRESS_CONFIG (Debian's /etc/wordpress/config-NAME.php) and
// WP_E2E_HOST; both come from the environment.
if ( PHP_SAPI !== 'cli' ) {
	exit( 1 );
}
$_SERVER['WORDPRESS_CONFIG'] = getenv( 'WORDPRESS_CONFIG' );
$_SERVER['HTTP_HOST']        = getenv( 'WP_E2E_HOST' );
$_SERVER['SERVER_NAME']      = '127.0.0.1';
$_SERVER['REQUEST_METHOD']   = 'GET';
$_SERVER['REQUEST_URI']      = '/';

$command = $argv[1] ?? '';
if ( 'install' === $command ) {
	define( 'WP_INSTALLING', true );
}
require '/usr/share/wordpress/wp-load.php';

function fail( $message ) {
	fwrite( STDERR, "wordpress-e2e.php: $message\n" );
	exit( 1 );
}

switch ( $command ) {
	case 'install':
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		$result = wp_install( 'discern e2e', 'admin', 'admin@example.com', false, '', getenv( 'WP_E2E_PASSWORD' ) );
		if ( empty( $result['user_id'] ) ) {
			fail( 'wp_install failed' );
		}
		// Decisions must be observable: no manual moderation, no "previously approved
		// author" shortcut, no e-mails.
		update_option( 'comment_moderation', 0 );
		update_option( 'comment_previously_approved', 0 );
		update_option( 'comments_notify', 0 );
		update_option( 'moderation_notify', 0 );
		echo "installed\n";
		break;

	case 'activate':
		require_once ABSPATH . 'wp-admin/includes/plugin.php';
		$activated = activate_plugin( 'akismet/akismet.php' );
		if ( is_wp_error( $activated ) ) {
			fail( 'activate_plugin: ' . $activated->get_error_message() );
		}
		echo "akismet active\n";
		break;

	case 'option':
		echo get_option( $argv[2] ?? '' ), "\n";
		break;

	case 'comment':
		$comment = get_comment( (int) ( $argv[2] ?? 0 ) );
		if ( ! $comment ) {
			fail( 'no such comment' );
		}
		printf(
			"%s %s %s\n",
			$comment->comment_approved,
			get_comment_meta( $comment->comment_ID, 'akismet_result', true ) ?: '-',
			get_comment_meta( $comment->comment_ID, 'akismet_user_result', true ) ?: '-'
		);
		break;

	default:
		fail( "unknown command '$command'" );
}
