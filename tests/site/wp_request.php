<?php
// The request WordPress believes it is serving when loaded from the PHP CLI: Debian's
// wp-config.php picks the site's config file from HTTP_HOST. Used by wp_install.php and
// wp_posts.php: fake_request('127.0.0.1:8089', '/index.php').
function fake_request($host, $script) {
    $_SERVER['HTTP_HOST'] = $host;
    $_SERVER['SERVER_NAME'] = preg_replace('/:.*/', '', $host);
    $_SERVER['SERVER_PORT'] = preg_match('/:(\d+)$/', $host, $m) ? $m[1] : '80';
    $_SERVER['REQUEST_URI'] = $script === '/index.php' ? '/' : $script;
    $_SERVER['SCRIPT_NAME'] = $script;
    $_SERVER['PHP_SELF'] = $script;
    $_SERVER['REQUEST_METHOD'] = 'GET';
    $_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
}
