<?php
// Router for `php -S 127.0.0.1:PORT -t /usr/share/wordpress tests/site/router.php`.
//
// - existing files under the document root are served as-is (return false);
// - /wp-content/... that is not under the document root is looked up in
//   Debian's WP_CONTENT_DIR (/var/lib/wordpress/wp-content, e.g. uploads)
//   and served statically (never executed);
// - everything else goes through WordPress's index.php, so pretty
//   permalinks, /wp-json/ and the virtual /robots.txt work.

$docroot = rtrim($_SERVER['DOCUMENT_ROOT'], '/');
$path = rawurldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH) ?? '/');

if (strpos($path, "\0") === false && strpos($path, '..') === false) {
    $file = $docroot . $path;
    if ($path !== '/' && (is_file($file) || (is_dir($file) && (is_file("$file/index.php") || is_file("$file/index.html"))))) {
        return false;
    }
    if (strncmp($path, '/wp-content/', 12) === 0) {
        $content = '/var/lib/wordpress/wp-content/' . substr($path, 12);
        if (is_file($content) && !preg_match('/\.(php\d?|phtml|phar)$/i', $content)) {
            $types = [
                'css' => 'text/css', 'js' => 'application/javascript',
                'json' => 'application/json', 'svg' => 'image/svg+xml',
                'png' => 'image/png', 'jpg' => 'image/jpeg', 'jpeg' => 'image/jpeg',
                'gif' => 'image/gif', 'webp' => 'image/webp', 'woff2' => 'font/woff2',
                'woff' => 'font/woff', 'txt' => 'text/plain', 'pdf' => 'application/pdf',
            ];
            $ext = strtolower(pathinfo($content, PATHINFO_EXTENSION));
            header('Content-Type: ' . ($types[$ext] ?? 'application/octet-stream'));
            header('Content-Length: ' . filesize($content));
            readfile($content);
            return true;
        }
    }
}

// Hand the request to WordPress's front controller.
$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $docroot . '/index.php';
$_SERVER['PHP_SELF'] = '/index.php';
chdir($docroot);
require $docroot . '/index.php';
