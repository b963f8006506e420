<?php
// Installs WordPress into an empty database through WordPress's own
// wp_install(), the way wp-admin/install.php does, from the PHP CLI.
//
//   php tests/site/wp_install.php 127.0.0.1:PORT STATE_DIR
//
// Called by tests/site/wordpress.sh up; the database and
// /etc/wordpress/config-127.0.0.1.php must already exist.
// Writes STATE_DIR/admin-password and STATE_DIR/app-password
// ("admin:<application password>" for REST Basic auth).

ini_set('display_errors', 'stderr');
error_reporting(E_ALL & ~E_DEPRECATED & ~E_NOTICE);

if ($argc < 3) {
    fwrite(STDERR, "usage: php wp_install.php HOST:PORT STATE_DIR\n");
    exit(2);
}
$host = $argv[1];
$state = rtrim($argv[2], '/');
$url = "http://$host";

require __DIR__ . '/wp_request.php';
fake_request($host, '/wp-admin/install.php');

define('WP_INSTALLING', true);

// Pluggable in wp-admin/includes/upgrade.php: no "new site" e-mail
// (there is no MTA; PHP's mail() would only warn).
function wp_new_blog_notification($blog_title, $blog_url, $user_id, $password) {}

require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

if (!defined('DEBIAN_FILE') || DEBIAN_FILE !== '/etc/wordpress/config-' . $_SERVER['SERVER_NAME'] . '.php') {
    fwrite(STDERR, "wp_install.php: Debian's wp-config.php did not load the per-host config (got "
        . (defined('DEBIAN_FILE') ? DEBIAN_FILE : 'none') . ")\n");
    exit(1);
}
if (is_blog_installed()) {
    fwrite(STDERR, "wp_install.php: WordPress is already installed in this database\n");
    exit(1);
}

$password = wp_generate_password(20, false);
$result = wp_install('Arşiv Test Sitesi', 'admin', 'admin@example.com', true, '', wp_slash($password), '');
if (is_wp_error($result) || empty($result['user_id'])) {
    fwrite(STDERR, "wp_install.php: wp_install failed\n");
    exit(1);
}

update_option('siteurl', $url);
update_option('home', $url);
// A news site in Türkiye: site time (post dates, modified_after) is not GMT, as on a real one.
update_option('timezone_string', 'Europe/Istanbul');
update_option('gmt_offset', '');
update_option('date_format', 'Y-m-d');
update_option('time_format', 'H:i');
update_option('default_pingback_flag', 0);
update_option('default_ping_status', 'closed');
update_option('default_comment_status', 'closed');
update_option('posts_per_page', 10);

global $wp_rewrite;
$wp_rewrite->set_permalink_structure('/%year%/%monthnum%/%day%/%postname%/');
$wp_rewrite->flush_rules(false);

// Start with zero posts: remove "Hello world!", the sample page and the
// draft privacy-policy page that wp_install_defaults() creates.
foreach (get_posts([
    'post_type' => 'any', 'post_status' => 'any', 'numberposts' => -1,
    'fields' => 'ids', 'suppress_filters' => true,
]) as $id) {
    wp_delete_post($id, true);
}
update_option('wp_page_for_privacy_policy', 0);

$old = umask(077);
file_put_contents("$state/admin-password", $password . "\n");
if (class_exists('WP_Application_Passwords')) {
    $app = WP_Application_Passwords::create_new_application_password($result['user_id'], ['name' => 'tests']);
    if (!is_wp_error($app)) {
        file_put_contents("$state/app-password", 'admin:' . $app[0] . "\n");
    }
}
umask($old);

echo $url, "\n";
