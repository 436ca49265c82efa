<?php
/**
 * Plugin Name: discern for Akismet
 * Description: Sends the Akismet plugin's requests to a self-hosted discern server (the DISCERN_URL constant) instead of rest.akismet.com.
 * Version: 0.1.0
 * Requires PHP: 7.0
 * License: MIT OR Apache-2.0
 *
 * A must-use plugin: copy this one file into wp-content/mu-plugins/ and define DISCERN_URL
 * in wp-config.php (see README.md beside it). WordPress's own Akismet plugin stays installed
 * and does the work; this file only changes where its HTTP requests go.
 *
 * Akismet hard-codes rest.akismet.com, tries https:// first, falls back to http:// and
 * sometimes sends a Host header of rest.akismet.com to a bare IP. Every one of those requests
 * is caught in `pre_http_request`, re-sent to DISCERN_URL with the same method, body and
 * headers (minus Host), and the answer is handed back to Akismet as if rest.akismet.com had
 * given it. Two of Akismet's account calls have no discern counterpart and are answered
 * here (get-subscription from discern's verify-key, get-stats empty), and Settings → Akismet
 * gets help saving a discern key, which is not hexadecimal (discern_akismet_enter_key).
 * Without DISCERN_URL the plugin does nothing. License: MIT OR Apache-2.0, as discern.
 */

defined( 'ABSPATH' ) || exit;

/** The discern base URL without a trailing slash, or '' when none is configured. */
function discern_akismet_base_url() {
	$url = defined( 'DISCERN_URL' ) ? DISCERN_URL : getenv( 'DISCERN_URL' );
	return is_string( $url ) ? rtrim( trim( $url ), '/' ) : '';
}

/** Is this host name Akismet's API (rest.akismet.com, or the old KEY.rest.akismet.com)? */
function discern_akismet_is_akismet_host( $host ) {
	$host = strtolower( (string) $host );
	$host = preg_replace( '/:\d+$/', '', $host );
	return 'rest.akismet.com' === $host
		|| '.rest.akismet.com' === substr( $host, -strlen( '.rest.akismet.com' ) );
}

/** A response in the shape WordPress's HTTP API returns. */
function discern_akismet_response( $code, $body ) {
	return array(
		'headers'  => array(),
		'body'     => $body,
		'response' => array(
			'code'    => $code,
			'message' => get_status_header_desc( $code ),
		),
		'cookies'  => array(),
		'filename' => null,
	);
}

/**
 * pre_http_request: answer Akismet's request from discern. Returning anything but false
 * short-circuits WordPress's HTTP API, so Akismet sees discern's response.
 */
function discern_akismet_route( $preempt, $args, $url ) {
	if ( false !== $preempt ) {
		return $preempt;
	}
	$base = discern_akismet_base_url();
	if ( '' === $base ) {
		return $preempt;
	}
	$parts = wp_parse_url( $url );
	if ( ! is_array( $parts ) || empty( $parts['host'] ) ) {
		return $preempt;
	}

	// Akismet_Admin::check_server_ip_connectivity() and the old wrapper send to an IP with
	// `Host: rest.akismet.com`; everything else names the host in the URL.
	$headers     = isset( $args['headers'] ) && is_array( $args['headers'] ) ? $args['headers'] : array();
	$header_host = '';
	foreach ( $headers as $name => $value ) {
		if ( 'host' === strtolower( $name ) ) {
			$header_host = $value;
			unset( $headers[ $name ] );
		}
	}
	if ( ! discern_akismet_is_akismet_host( $parts['host'] ) && ! discern_akismet_is_akismet_host( $header_host ) ) {
		return $preempt;
	}

	$path  = isset( $parts['path'] ) ? $parts['path'] : '/';
	$query = isset( $parts['query'] ) ? '?' . $parts['query'] : '';

	$args['headers'] = $headers;

	if ( defined( 'DISCERN_TIMEOUT' ) ) {
		$args['timeout'] = (float) DISCERN_TIMEOUT;
	}
	/**
	 * Filters the arguments of a request re-sent to discern (e.g. to set `sslverify` or a
	 * client certificate for a private CA).
	 */
	$args = apply_filters( 'discern_akismet_request_args', $args, $base . $path . $query );

	// Akismet's connectivity check (Settings → Akismet) expects the body "connected" from
	// /1.1/test; discern's equivalent is /healthz.
	if ( '/1.1/test' === $path ) {
		$health_args           = $args;
		$health_args['method'] = 'GET';
		$health_args['body']   = null;
		$health                = wp_remote_request( $base . '/healthz', $health_args );
		$ok                    = ! is_wp_error( $health ) && 200 === (int) wp_remote_retrieve_response_code( $health );
		return $ok ? discern_akismet_response( 200, 'connected' ) : discern_akismet_response( 503, '' );
	}

	// Akismet's account calls have no discern equivalent. Settings → Akismet refuses to save
	// a key unless get-subscription says "active", and shows the key as invalid when it
	// answers nothing: answer it from discern's verify-key. get-stats: no statistics.
	if ( '/1.1/get-subscription' === $path ) {
		$verify = wp_remote_request( $base . '/1.1/verify-key' . $query, $args );
		if ( is_wp_error( $verify ) ) {
			return $verify;
		}
		if ( 'valid' === wp_remote_retrieve_body( $verify ) ) {
			$verify['body'] = wp_json_encode(
				array(
					'status'            => 'active',
					'account_type'      => 'self-hosted',
					'account_name'      => 'discern at ' . $base,
					'account_id'        => 0,
					'next_billing_date' => null,
				)
			);
		}
		return $verify;
	}
	if ( '/1.1/get-stats' === $path ) {
		return discern_akismet_response( 200, '' );
	}

	// The new URL no longer names rest.akismet.com, so this filter lets it through.
	return wp_remote_request( $base . $path . $query, $args );
}
add_filter( 'pre_http_request', 'discern_akismet_route', 10, 3 );

/**
 * Settings → Akismet keeps only the characters 0-9 and a-f of a pasted key
 * (Akismet_Admin::enter_api_key), because akismet.com keys are hexadecimal; discern keys use
 * a-z and 0-9. Runs just before Akismet handles the form (init, priority 10): a 12-character
 * key that is not hexadecimal is verified with discern and saved here, and for the rest of
 * Akismet's form handling the key reads as its own stripped form, so Akismet sees "no
 * change" and saves only the other settings on the form.
 */
function discern_akismet_enter_key() {
	if ( ! is_admin() || ! isset( $_POST['action'], $_POST['key'], $_POST['_wpnonce'] ) || 'enter-key' !== $_POST['action'] ) {
		return;
	}
	if ( '' === discern_akismet_base_url() || ! class_exists( 'Akismet' ) || ! current_user_can( 'manage_options' ) ) {
		return;
	}
	if ( ! wp_verify_nonce( $_POST['_wpnonce'], 'akismet-update-key' ) || Akismet::predefined_api_key() ) {
		return;
	}
	$key = trim( wp_unslash( $_POST['key'] ) );
	if ( ! preg_match( '/^[A-Za-z0-9]{12}$/', $key ) || preg_match( '/^[A-Fa-f0-9]{12}$/', $key ) ) {
		return; // Not a discern key, or one Akismet keeps intact: Akismet handles it.
	}
	if ( $key !== get_option( 'wordpress_api_key' ) ) {
		if ( 'valid' !== Akismet::verify_key( $key ) ) {
			return; // Akismet reports the invalid key.
		}
		update_option( 'wordpress_api_key', $key );
	}
	$stripped = preg_replace( '/[^a-f0-9]/i', '', $key );
	$as_akismet_sees_it = function () use ( $stripped ) {
		return $stripped;
	};
	add_filter( 'akismet_get_api_key', $as_akismet_sees_it );
	add_action(
		'init',
		function () use ( $as_akismet_sees_it ) {
			remove_filter( 'akismet_get_api_key', $as_akismet_sees_it );
		},
		11
	);
}
add_action( 'init', 'discern_akismet_enter_key', 9 );

/** Tell administrators when the plugin is installed but not configured. */
function discern_akismet_admin_notice() {
	if ( '' !== discern_akismet_base_url() || ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="notice notice-warning"><p>'
		. esc_html__( 'discern for Akismet: DISCERN_URL is not defined in wp-config.php, so Akismet still talks to rest.akismet.com.' )
		. '</p></div>';
}
add_action( 'admin_notices', 'discern_akismet_admin_notice' );
