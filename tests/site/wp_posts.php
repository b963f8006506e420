<?php
// Changes posts of the test site through WordPress's own functions.
//
//   php tests/site/wp_posts.php 127.0.0.1:PORT create      < posts.json   -> [id, ...]
//   php tests/site/wp_posts.php 127.0.0.1:PORT update ID   < fields.json  -> id
//   php tests/site/wp_posts.php 127.0.0.1:PORT publish ID                 -> id   (a scheduled post goes live, as WP-Cron does it)
//   php tests/site/wp_posts.php 127.0.0.1:PORT trash ID                   -> id
//   php tests/site/wp_posts.php 127.0.0.1:PORT delete ID                  -> id
//   php tests/site/wp_posts.php 127.0.0.1:PORT list                       -> [{...}, ...]
//
// create reads a JSON array of objects:
//   {"title": "...", "content": "<p>html</p>", "date": "2024-03-15 10:00:00" (GMT),
//    "status": "publish"|"draft"|"private"|"pending", "categories": ["Kültür"],
//    "tags": ["Kerkük"], "author": "Ayşe Yılmaz" (display name; user created if missing),
//    "excerpt": "...", "slug": "...", "modified": "2024-03-16 09:00:00" (GMT, optional)}
// Note: WordPress sets post_modified = post_date for a new post with an explicit
// date, so without "modified" a post created with an old date is "modified" then.
// update reads a JSON object with any of the same keys (except "modified") and
// always leaves post_modified_gmt strictly newer than before (+1s if the update
// happens within the same second).
// Output is JSON on stdout; errors go to stderr with a non-zero exit code.

ini_set('display_errors', 'stderr');
error_reporting(E_ALL & ~E_DEPRECATED & ~E_NOTICE);

function fail($msg, $code = 1) {
    fwrite(STDERR, "wp_posts.php: $msg\n");
    exit($code);
}

if ($argc < 3) {
    fail("usage: php wp_posts.php HOST:PORT create|update ID|publish ID|trash ID|delete ID|list", 2);
}
$host = $argv[1];
$cmd = $argv[2];

require __DIR__ . '/wp_request.php';
fake_request($host, '/index.php');

require '/usr/share/wordpress/wp-load.php';

// Act as the administrator (like the editor would): content is stored as
// given (unfiltered_html), and capability checks inside core pass.
$admin = get_user_by('login', 'admin');
if ($admin) {
    wp_set_current_user($admin->ID);
}

function out($value) {
    echo json_encode($value, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES), "\n";
}

function read_json() {
    $raw = stream_get_contents(STDIN);
    $data = json_decode($raw, true);
    if (json_last_error() !== JSON_ERROR_NONE) {
        fail('invalid JSON on stdin: ' . json_last_error_msg());
    }
    return $data;
}

function gmt_datetime($value, $field) {
    $dt = date_create_immutable($value, new DateTimeZone('UTC'));
    if (!$dt) {
        fail("bad $field: $value");
    }
    return $dt->setTimezone(new DateTimeZone('UTC'))->format('Y-m-d H:i:s');
}

function author_id($display_name) {
    global $wpdb;
    $display_name = trim($display_name);
    $id = $wpdb->get_var($wpdb->prepare(
        "SELECT ID FROM {$wpdb->users} WHERE display_name = %s ORDER BY ID LIMIT 1", $display_name));
    if ($id) {
        return (int) $id;
    }
    $base = strtolower(remove_accents($display_name));
    $base = trim(preg_replace('/[^a-z0-9]+/', '.', $base), '.');
    if ($base === '') {
        $base = 'author';
    }
    $base = substr($base, 0, 50);
    $login = $base;
    for ($i = 2; username_exists($login); $i++) {
        $login = "$base$i";
    }
    $parts = preg_split('/\s+/u', $display_name);
    $last = count($parts) > 1 ? array_pop($parts) : '';
    $id = wp_insert_user([
        'user_login' => $login,
        'user_pass' => wp_generate_password(20),
        'user_email' => "$login@example.com",
        'user_nicename' => sanitize_title($login),
        'display_name' => $display_name,
        'nickname' => $display_name,
        'first_name' => implode(' ', $parts),
        'last_name' => $last,
        'role' => 'author',
    ]);
    if (is_wp_error($id)) {
        fail("cannot create user $display_name: " . $id->get_error_message());
    }
    return (int) $id;
}

function term_ids($names, $taxonomy) {
    $ids = [];
    foreach ((array) $names as $name) {
        $name = trim((string) $name);
        if ($name === '') {
            continue;
        }
        $term = get_term_by('name', $name, $taxonomy);
        if (!$term) {
            $r = wp_insert_term($name, $taxonomy);
            if (is_wp_error($r)) {
                if ($r->get_error_code() === 'term_exists') {
                    $ids[] = (int) $r->get_error_data();
                    continue;
                }
                fail("cannot create $taxonomy $name: " . $r->get_error_message());
            }
            $ids[] = (int) $r['term_id'];
        } else {
            $ids[] = (int) $term->term_id;
        }
    }
    return $ids;
}

// Map our JSON keys to wp_insert_post() arguments.
function post_args($p) {
    $args = [];
    if (array_key_exists('title', $p)) $args['post_title'] = (string) $p['title'];
    if (array_key_exists('content', $p)) $args['post_content'] = (string) $p['content'];
    if (array_key_exists('excerpt', $p)) $args['post_excerpt'] = (string) $p['excerpt'];
    if (array_key_exists('slug', $p)) $args['post_name'] = (string) $p['slug'];
    if (array_key_exists('status', $p)) {
        $ok = ['publish', 'draft', 'private', 'pending', 'future'];
        if (!in_array($p['status'], $ok, true)) fail('bad status: ' . $p['status']);
        $args['post_status'] = $p['status'];
    }
    if (!empty($p['date'])) {
        $gmt = gmt_datetime($p['date'], 'date');
        $args['post_date_gmt'] = $gmt;
        $args['post_date'] = get_date_from_gmt($gmt);
        $args['edit_date'] = true;
    }
    if (array_key_exists('categories', $p)) $args['post_category'] = term_ids($p['categories'], 'category');
    if (array_key_exists('tags', $p)) $args['tags_input'] = term_ids($p['tags'], 'post_tag');
    if (!empty($p['author'])) $args['post_author'] = author_id($p['author']);
    return $args;
}

function set_modified($id, $gmt) {
    global $wpdb;
    $wpdb->update($wpdb->posts, [
        'post_modified_gmt' => $gmt,
        'post_modified' => get_date_from_gmt($gmt),
    ], ['ID' => $id]);
    clean_post_cache($id);
}

function existing_post($id) {
    $post = get_post((int) $id);
    if (!$post || $post->post_type !== 'post') {
        fail("no post with id $id", 4);
    }
    return $post;
}

switch ($cmd) {
case 'create':
    $posts = read_json();
    if (!is_array($posts) || ($posts && array_keys($posts) !== range(0, count($posts) - 1))) {
        fail('create expects a JSON array of post objects');
    }
    $ids = [];
    foreach ($posts as $p) {
        $args = post_args($p) + ['post_type' => 'post', 'post_status' => 'publish', 'post_author' => $admin ? $admin->ID : 0];
        $id = wp_insert_post(wp_slash($args), true);
        if (is_wp_error($id)) fail('wp_insert_post: ' . $id->get_error_message());
        if (!empty($p['modified'])) set_modified($id, gmt_datetime($p['modified'], 'modified'));
        $ids[] = (int) $id;
    }
    out($ids);
    break;

case 'update':
    if ($argc < 4) fail('usage: update ID', 2);
    $before = existing_post($argv[3]);
    $p = read_json();
    if (!is_array($p)) fail('update expects a JSON object');
    $args = post_args($p);
    $args['ID'] = $before->ID;
    $id = wp_update_post(wp_slash($args), true);
    if (is_wp_error($id)) fail('wp_update_post: ' . $id->get_error_message());
    // post_modified has one-second resolution: keep it strictly increasing.
    $after = get_post($id);
    $old = strtotime($before->post_modified_gmt . ' UTC');
    if (strtotime($after->post_modified_gmt . ' UTC') <= $old) {
        set_modified($id, gmdate('Y-m-d H:i:s', max(time(), $old + 1)));
    }
    out((int) $id);
    break;

case 'publish':
    if ($argc < 4) fail('usage: publish ID', 2);
    $post = existing_post($argv[3]);
    wp_publish_post($post->ID);  // what WP-Cron runs at the scheduled time: post_modified is left as it was
    out((int) $post->ID);
    break;

case 'trash':
    if ($argc < 4) fail('usage: trash ID', 2);
    $post = existing_post($argv[3]);
    if (!wp_trash_post($post->ID)) fail("wp_trash_post({$post->ID}) failed");
    out((int) $post->ID);
    break;

case 'delete':
    if ($argc < 4) fail('usage: delete ID', 2);
    $post = existing_post($argv[3]);
    if (!wp_delete_post($post->ID, true)) fail("wp_delete_post({$post->ID}) failed");
    out((int) $post->ID);
    break;

case 'list':
    $rows = [];
    foreach (get_posts([
        'post_type' => 'post', 'post_status' => 'any', 'numberposts' => -1,
        'orderby' => 'ID', 'order' => 'ASC', 'suppress_filters' => true,
    ]) as $post) {
        $author = get_userdata($post->post_author);
        $rows[] = [
            'id' => $post->ID,
            'status' => $post->post_status,
            'title' => $post->post_title,
            'slug' => $post->post_name,
            'link' => get_permalink($post),
            'date_gmt' => $post->post_date_gmt,
            'modified_gmt' => $post->post_modified_gmt,
            'author' => $author ? $author->display_name : null,
            'categories' => wp_get_post_categories($post->ID, ['fields' => 'names']),
            'tags' => wp_get_post_tags($post->ID, ['fields' => 'names']),
        ];
    }
    out($rows);
    break;

default:
    fail("unknown command: $cmd", 2);
}
