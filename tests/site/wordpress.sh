#!/usr/bin/env bash
# Test harness: a throwaway WordPress (Debian packages) on 127.0.0.1.
# See tests/site/README.md.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
WP_STATE="${WP_STATE:-/tmp/arsiv-wp}"
WP_ROOT=/usr/share/wordpress
PACKAGES=(wordpress wordpress-theme-twentytwentythree mariadb-server php-cli php-mysql php-xml)
WP_CONFIG=/etc/wordpress/config-127.0.0.1.php   # picked by Debian's wp-config.php from HTTP_HOST
CONFIG_MARK="written by tests/site/wordpress.sh"
SOCK="$WP_STATE/mysqld.sock"

die() { local code=$1; shift; echo "wordpress.sh: $*" >&2; exit "$code"; }
log() { echo "wordpress.sh: $*" >&2; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"
    elif command -v sudo >/dev/null 2>&1; then sudo -n "$@"
    else return 1; fi
}

is_installed() {
    command -v php >/dev/null 2>&1 || return 1
    command -v mariadbd >/dev/null 2>&1 || [ -x /usr/sbin/mariadbd ] || return 1
    command -v mariadb-install-db >/dev/null 2>&1 || return 1
    [ -f "$WP_ROOT/wp-load.php" ] || return 1
    [ -f "$WP_ROOT/wp-config.php" ] || return 1
    php -r 'exit(extension_loaded("mysqli") && class_exists("SimpleXMLElement") ? 0 : 1);' >/dev/null 2>&1 || return 1
}

cmd_install() {
    if is_installed; then log "already installed"; return 0; fi
    local prc=/usr/sbin/policy-rc.d backup="" rc=0
    # Forbid service starts (apache2, mariadb) while packages are configured.
    if [ -e "$prc" ]; then backup="$(mktemp)"; as_root cp -p "$prc" "$backup" || true; fi
    if ! printf '#!/bin/sh\nexit 101\n' | as_root tee "$prc" >/dev/null || ! as_root chmod 755 "$prc"; then
        die 3 "cannot write $prc (need root or passwordless sudo)"
    fi
    restore() {
        if [ -n "$backup" ]; then as_root cp -p "$backup" "$prc"; rm -f "$backup"
        else as_root rm -f "$prc"; fi
        trap - EXIT INT TERM
    }
    trap 'restore; exit 130' INT TERM
    trap restore EXIT
    {
        as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 update -qq &&
        as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq \
            --no-install-recommends -o Dpkg::Options::=--force-confdef \
            -o Dpkg::Options::=--force-confold "${PACKAGES[@]}" </dev/null
    } >&2 || rc=$?
    restore
    [ "$rc" -eq 0 ] || die 3 "apt-get install of ${PACKAGES[*]} failed (exit $rc)"
    is_installed || die 3 "packages installed but php/mariadbd/wordpress/mysqli still missing"
    log "installed"
}

# --- helpers ---------------------------------------------------------------

# HTTP status of URL (0 when nothing answers); uses php so curl is optional.
http_status() {
    php -d display_errors=0 -r '
        $c = stream_context_create(["http" => ["ignore_errors" => true, "timeout" => 3, "follow_location" => 0]]);
        $r = @file_get_contents($argv[1], false, $c);
        if ($r === false || empty($http_response_header)) { echo 0; exit; }
        echo preg_match("#^HTTP/\S+ (\d+)#", $http_response_header[0], $m) ? $m[1] : 0;' "$1" 2>/dev/null || echo 0
}

# Running (a zombie waiting for init to reap it counts as gone).
pid_alive() {
    [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null || return 1
    local stat
    stat="$(cat "/proc/$1/stat" 2>/dev/null)" || return 1
    stat="${stat##*) }"
    [ "${stat%% *}" != Z ]
}

read_pid() { [ -f "$1" ] && tr -dc 0-9 <"$1" || true; }

# Stop a process (and its process group: it was started with setsid).
stop_pid() {
    local pid=$1 i
    pid_alive "$pid" || return 0
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for i in $(seq 1 50); do pid_alive "$pid" || return 0; sleep 0.1; done
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
    for i in $(seq 1 20); do pid_alive "$pid" || return 0; sleep 0.1; done
}

check_port() {
    case "${1:-}" in ''|*[!0-9]*) die 2 "PORT must be a number" ;; esac
    [ "$1" -ge 1 ] && [ "$1" -le 65535 ] || die 2 "PORT out of range: $1"
}

# --- database --------------------------------------------------------------

db_start() {
    local userflag=() i
    [ "$(id -u)" -eq 0 ] && userflag=(--user=root)
    mkdir -p "$WP_STATE/db" "$WP_STATE/tmp"
    mariadb-install-db --no-defaults "${userflag[@]}" --datadir="$WP_STATE/db" \
        --auth-root-authentication-method=normal --skip-test-db --skip-name-resolve \
        >"$WP_STATE/mariadb-install.log" 2>&1 \
        || { tail -20 "$WP_STATE/mariadb-install.log" >&2; die 1 "mariadb-install-db failed"; }
    setsid /usr/sbin/mariadbd --no-defaults "${userflag[@]}" \
        --datadir="$WP_STATE/db" --socket="$SOCK" --pid-file="$WP_STATE/mariadbd.pid" \
        --tmpdir="$WP_STATE/tmp" --log-error="$WP_STATE/mariadb.log" \
        --skip-networking --skip-name-resolve --skip-log-bin \
        --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
        --innodb-buffer-pool-size=32M --innodb-log-file-size=16M \
        --innodb-flush-log-at-trx-commit=2 --performance-schema=OFF \
        </dev/null >/dev/null 2>&1 &
    echo $! >"$WP_STATE/mariadbd.setsid.pid"
    for i in $(seq 1 300); do
        if [ -S "$SOCK" ] && mariadb-admin --no-defaults --socket="$SOCK" -uroot ping >/dev/null 2>&1; then
            return 0
        fi
        pid_alive "$(cat "$WP_STATE/mariadbd.setsid.pid")" || break
        sleep 0.1
    done
    tail -20 "$WP_STATE/mariadb.log" >&2 || true
    die 1 "mariadbd did not come up (log: $WP_STATE/mariadb.log)"
}

db_stop() {
    local pid
    pid="$(read_pid "$WP_STATE/mariadbd.pid")"
    [ -n "$pid" ] || pid="$(read_pid "$WP_STATE/mariadbd.setsid.pid")"
    pid_alive "$pid" || return 0
    if [ -S "$SOCK" ]; then
        mariadb-admin --no-defaults --socket="$SOCK" -uroot --shutdown-timeout=10 shutdown >/dev/null 2>&1 || true
    fi
    stop_pid "$pid"
}

db_sql() { mariadb --no-defaults --socket="$SOCK" -uroot --batch "$@"; }

# --- web server ------------------------------------------------------------

web_start() {
    local port=$1 pid i code=0
    [ -S "$SOCK" ] || die 1 "database is not running (run: $0 up PORT)"
    pid_alive "$(read_pid "$WP_STATE/web.pid")" && die 1 "web server already running (pid $(cat "$WP_STATE/web.pid"))"
    [ "$(http_status "http://127.0.0.1:$port/")" = 0 ] || die 1 "something already answers on 127.0.0.1:$port"
    echo "$port" >"$WP_STATE/port"
    ( cd "$WP_ROOT" && PHP_CLI_SERVER_WORKERS="${WP_WEB_WORKERS:-4}" exec setsid php \
        -d display_errors=0 -d log_errors=1 -d error_reporting=22527 \
        -d memory_limit=256M \
        -S "127.0.0.1:$port" -t "$WP_ROOT" "$HERE/router.php" \
        </dev/null >>"$WP_STATE/web.log" 2>&1 ) &
    pid=$!
    echo "$pid" >"$WP_STATE/web.pid"
    for i in $(seq 1 300); do
        code="$(http_status "http://127.0.0.1:$port/wp-json/wp/v2/posts")"
        [ "$code" = 200 ] && return 0
        pid_alive "$pid" || break
        sleep 0.1
    done
    tail -20 "$WP_STATE/web.log" >&2 || true
    stop_pid "$pid"; rm -f "$WP_STATE/web.pid"
    die 1 "web server on 127.0.0.1:$port did not answer 200 on /wp-json/wp/v2/posts (last: $code; log: $WP_STATE/web.log)"
}

web_stop() {
    local port i
    stop_pid "$(read_pid "$WP_STATE/web.pid")"
    rm -f "$WP_STATE/web.pid"
    # The server's worker processes get the signal too; make sure the port is closed.
    port="$(read_pid "$WP_STATE/port")"
    if [ -n "$port" ]; then
        for i in $(seq 1 50); do
            [ "$(http_status "http://127.0.0.1:$port/wp-json/")" = 0 ] && return 0
            sleep 0.1
        done
        log "warning: 127.0.0.1:$port still answers after stopping the web server"
    fi
}

# --- subcommands -----------------------------------------------------------

cmd_down() {
    web_stop
    db_stop
    if [ -f "$WP_CONFIG" ] && grep -q "$CONFIG_MARK" "$WP_CONFIG" 2>/dev/null; then
        as_root rm -f "$WP_CONFIG" || log "could not remove $WP_CONFIG"
    fi
    case "$WP_STATE" in /|"") die 1 "refusing to remove WP_STATE=$WP_STATE" ;; esac
    rm -rf "$WP_STATE"
}

cmd_up() {
    local port=$1 dbpass salts url
    check_port "$port"
    [ "${#SOCK}" -le 100 ] || die 2 "WP_STATE path too long for a unix socket: $WP_STATE"
    is_installed || die 3 "WordPress/MariaDB/PHP not installed (run: $0 install)"
    # One test site per machine (Debian picks the config by host, port ignored): never take
    # over another state dir's live site.
    local other
    other="$(sed -n "s|^// $CONFIG_MARK for the test site in \(.*\); removed.*|\1|p" "$WP_CONFIG" 2>/dev/null || true)"
    if [ -n "$other" ] && [ "$other" != "$WP_STATE" ] && [ -S "$other/mysqld.sock" ]; then
        die 4 "another test WordPress is up (WP_STATE=$other); run 'WP_STATE=$other $0 down' first"
    fi
    cmd_down
    mkdir -p "$WP_STATE"
    db_start
    dbpass="$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
    db_sql <<SQL
CREATE DATABASE wordpress CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER 'wordpress'@'localhost' IDENTIFIED BY '$dbpass';
GRANT ALL PRIVILEGES ON wordpress.* TO 'wordpress'@'localhost';
FLUSH PRIVILEGES;
SQL
    salts="$(for k in AUTH_KEY SECURE_AUTH_KEY LOGGED_IN_KEY NONCE_KEY AUTH_SALT SECURE_AUTH_SALT LOGGED_IN_SALT NONCE_SALT; do
        printf "define('%s', '%s');\n" "$k" "$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')"; done)"
    as_root mkdir -p /etc/wordpress
    as_root tee "$WP_CONFIG" >/dev/null <<PHP || die 1 "cannot write $WP_CONFIG"
<?php
// $CONFIG_MARK for the test site in $WP_STATE; removed by "wordpress.sh down".
// Loaded by Debian's /usr/share/wordpress/wp-config.php for HTTP_HOST 127.0.0.1[:port].
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', '$dbpass');
define('DB_HOST', 'localhost:$SOCK');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
$salts
define('WP_ENVIRONMENT_TYPE', 'local');   // application passwords over plain http
define('DISABLE_WP_CRON', true);          // no loopback requests to wp-cron.php
define('WP_HTTP_BLOCK_EXTERNAL', true);   // never try to reach the internet
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_DEBUG', false);
define('FS_METHOD', 'direct');
\$table_prefix = 'wp_';
PHP
    as_root chmod 644 "$WP_CONFIG"
    php -d display_errors=stderr "$HERE/wp_install.php" "127.0.0.1:$port" "$WP_STATE" >/dev/null \
        || die 1 "WordPress installation failed"
    web_start "$port"
    echo "http://127.0.0.1:$port"
}

usage() {
    echo "usage: $0 install | up PORT | web-stop | web-start PORT | down" >&2
    exit 2
}

case "${1:-}" in
    install) cmd_install ;;
    up) [ $# -eq 2 ] || usage; cmd_up "$2" ;;
    web-start)
        [ $# -eq 2 ] || usage; check_port "$2"
        [ -d "$WP_STATE" ] || die 1 "no site in $WP_STATE (run: $0 up PORT)"
        web_start "$2"; echo "http://127.0.0.1:$2" ;;
    web-stop) web_stop ;;
    down) cmd_down ;;
    *) usage ;;
esac
