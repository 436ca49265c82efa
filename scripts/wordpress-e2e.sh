#!/usr/bin/env bash
# WordPress, for real: Debian's `wordpress` package and the Akismet plugin it ships, pointed
# at a fresh `discern serve` by integrations/wordpress/discern-akismet.php.
#
# Installs wordpress, php-cli, php-mysql, mariadb-server if missing (one apt-get update, only
# then), builds discern, and starts everything on loopback in a temp dir: a private MariaDB
# (socket only), PHP's built-in web server on Debian's /usr/share/wordpress (the site's
# config is /etc/wordpress/config-discern-e2e-PID.php, Debian's mechanism, removed at exit),
# and discern with a temp SQLite database. Then, through WordPress's own code paths:
#   0. the administrator logs in to wp-admin and pastes a fresh discern key into
#      Settings → Akismet, which saves it and shows the discern account;
#   1. a spam comment POSTed to wp-comments-post.php lands in the spam queue;
#   2. a genuine comment is approved (not spam);
#   3. the administrator clicks "Not Spam" on the spam comment in wp-admin, and discern
#      stores the submit-ham (checked in discern's database and /metrics).
# Everything after the package install and the build is bounded by E2E_TIMEOUT (180 s).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

need=()
for pkg in wordpress php-cli php-mysql mariadb-server curl; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || need+=("$pkg")
done
if ((${#need[@]})); then
    echo "installing ${need[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${need[@]}" >/dev/null
fi

[ -w /etc/wordpress ] || { echo "wordpress-e2e: needs root (it writes /etc/wordpress/config-NAME.php)" >&2; exit 2; }
# DISCERN_BIN: a discern binary already built (scripts/test.sh passes the one its
# `cargo test` made, so CI compiles nothing twice); else a release build.
if [[ -n ${DISCERN_BIN:-} ]]; then
    DISCERN=$DISCERN_BIN
else
    cargo build -q --release -p discern
    DISCERN=${CARGO_TARGET_DIR:-$ROOT/target}/release/discern
fi

START=$SECONDS
WORK=$(mktemp -d /tmp/discern-wp.XXXXXX)
chmod 755 "$WORK"
NAME=discern-e2e-$$
WPCONF=/etc/wordpress/config-$NAME.php
PIDS=()
PHP_GROUP=
cleanup() {
    local pid
    [ -z "${PHP_GROUP:-}" ] || kill -- "-$PHP_GROUP" 2>/dev/null || true
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
    rm -f "$WPCONF"
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'echo "wordpress-e2e: timed out after ${E2E_TIMEOUT:-180}s" >&2; exit 124' USR1
trap 'exit 130' INT TERM
(
    trap 'kill $sleeper 2>/dev/null; exit 0' TERM
    sleep "${E2E_TIMEOUT:-180}" &
    sleeper=$!
    wait $sleeper && kill -USR1 $$
) 2>/dev/null &
PIDS+=($!)

fail() {
    echo "FAIL: $*" >&2
    for log in "$WORK"/{discern,mariadb,php}.log; do
        [ -f "$log" ] && { echo "--- ${log##*/}" >&2; grep -v 'InnoDB\|Accepted$\|Closing$' "$log" | tail -15 >&2; }
    done
    exit 1
}
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
step() { printf '%-52s %3ds\n' "$1" $((SECONDS - START)); }

# --- MariaDB: a private instance on a socket in $WORK ------------------------------------
SOCK=$WORK/mysql.sock
AS_USER=$(id -un)
mariadb-install-db --no-defaults --datadir="$WORK/db" --user="$AS_USER" \
    --auth-root-authentication-method=normal --skip-test-db >"$WORK/mariadb-install.log" 2>&1 ||
    { tail -20 "$WORK/mariadb-install.log" >&2; fail "mariadb-install-db"; }
mariadbd --no-defaults --datadir="$WORK/db" --socket="$SOCK" --skip-networking \
    --pid-file="$WORK/mariadb.pid" --user="$AS_USER" --skip-log-bin \
    --innodb-buffer-pool-size=32M --innodb-log-file-size=8M >"$WORK/mariadb.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 150); do mariadb-admin --socket="$SOCK" -uroot ping >/dev/null 2>&1 && break; sleep 0.1; done
mariadb --socket="$SOCK" -uroot -e 'CREATE DATABASE wordpress' || fail "MariaDB did not start"
sql() { mariadb --socket="$SOCK" -uroot -N -B wordpress -e "$1"; }
step "MariaDB up"

# --- discern -----------------------------------------------------------------------------
WP_PORT=$(free_port)
WP_URL=http://127.0.0.1:$WP_PORT
KEY=$("$DISCERN" keys --db "$WORK/discern.db" create --site "$WP_URL" | head -1)
[ ${#KEY} = 12 ] || fail "discern keys create gave '${KEY}'"
"$DISCERN" serve --listen 127.0.0.1:0 --db "$WORK/discern.db" >"$WORK/discern.out" 2>"$WORK/discern.log" &
PIDS+=($!)
for _ in $(seq 100); do grep -q '^listening on ' "$WORK/discern.out" && break; sleep 0.1; done
DISCERN_URL=$(sed -n 's/^listening on //p' "$WORK/discern.out")
[ -n "$DISCERN_URL" ] || fail "discern serve did not start"
step "discern serve at $DISCERN_URL"

# --- WordPress: Debian's config file, a temp wp-content with Akismet and the mu-plugin -----
mkdir -p "$WORK/wp-content/plugins" "$WORK/wp-content/mu-plugins" "$WORK/wp-content/uploads"
ln -s /usr/share/wordpress/wp-content/plugins/akismet "$WORK/wp-content/plugins/akismet"
ln -s /usr/share/wordpress/wp-content/themes "$WORK/wp-content/themes"
cp integrations/wordpress/discern-akismet.php "$WORK/wp-content/mu-plugins/"
# Test harness only: every comment comes from 127.0.0.1, which WordPress's comment-flood
# check would refuse within 15 seconds of the previous one.
# No mail either: there is no MTA.
cat >"$WORK/wp-content/mu-plugins/e2e-harness.php" <<'EOF'
<?php
remove_action( 'check_comment_flood', 'check_comment_flood_db', 10 );
add_filter( 'pre_wp_mail', '__return_false' );
EOF
WP_PASSWORD=e2e-$RANDOM$RANDOM$RANDOM
cat >"$WPCONF" <<EOF
<?php
// Written by discern's scripts/wordpress-e2e.sh (pid $$); removed when it exits.
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:$SOCK' );
define( 'WP_HOME', '$WP_URL' );
define( 'WP_SITEURL', '$WP_URL' );
define( 'WP_CONTENT_DIR', '$WORK/wp-content' );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'DISCERN_URL', '$DISCERN_URL' );
EOF
# PHP's built-in server does not pass the environment to \$_SERVER: set Debian's selector
# (WORDPRESS_CONFIG) before every request instead.
printf '<?php $_SERVER["WORDPRESS_CONFIG"] = "%s";\n' "$NAME" >"$WORK/prepend.php"
export WORDPRESS_CONFIG=$NAME WP_E2E_HOST=127.0.0.1:$WP_PORT WP_E2E_PASSWORD=$WP_PASSWORD
wp() { php "$ROOT/scripts/wordpress-e2e.php" "$@"; }

wp install >/dev/null || fail "wp_install"
wp activate >/dev/null || fail "activating Akismet"
step "WordPress installed, Akismet activated"

# In its own process group (setsid), so that cleanup stops its worker processes too.
PHP_CLI_SERVER_WORKERS=4 setsid php -d auto_prepend_file="$WORK/prepend.php" \
    -S "127.0.0.1:$WP_PORT" -t /usr/share/wordpress >"$WORK/php.log" 2>&1 &
PHP_GROUP=$!
PIDS+=($PHP_GROUP)
for _ in $(seq 100); do curl -fsS -o /dev/null "$WP_URL/wp-login.php" 2>/dev/null && break; sleep 0.1; done
curl -fsS -o /dev/null "$WP_URL/wp-login.php" || fail "PHP's web server did not start"
step "WordPress at $WP_URL"

# --- the discern key, pasted into Settings → Akismet as an administrator would ------------
# Strictness 0: spam goes to the spam queue, never silently discarded, so it can be checked.
UA='Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0'
JAR=$WORK/cookies
curl -sS -o /dev/null -c "$JAR" -b "$JAR" "$WP_URL/wp-login.php"
curl -sS -o /dev/null -c "$JAR" -b "$JAR" --max-time 30 -A "$UA" \
    --data-urlencode log=admin --data-urlencode "pwd=$WP_PASSWORD" -d testcookie=1 \
    --data-urlencode "redirect_to=$WP_URL/wp-admin/" "$WP_URL/wp-login.php"
SETTINGS="$WP_URL/wp-admin/options-general.php?page=akismet-key-config"
curl -sS -o "$WORK/akismet-start.html" -b "$JAR" --max-time 30 -A "$UA" "$SETTINGS"
NONCE=$(grep -o 'name="_wpnonce" value="[0-9a-f]*"' "$WORK/akismet-start.html" | head -1 | sed 's/.*value="//; s/"//')
[ -n "$NONCE" ] || fail "no Akismet key form in wp-admin (login failed?)"
curl -sS -o "$WORK/akismet-saved.html" -b "$JAR" --max-time 30 -A "$UA" -e "$SETTINGS" \
    -d action=enter-key --data-urlencode "key=$KEY" -d "_wpnonce=$NONCE" -d akismet_strictness=0 "$SETTINGS"
[ "$(wp option wordpress_api_key)" = "$KEY" ] || fail "Settings → Akismet did not save the discern key"
grep -q 'discern at ' "$WORK/akismet-saved.html" || fail "Settings → Akismet does not show the discern account"
step "key entered in Settings → Akismet, verified by discern"

# --- comments through wp-comments-post.php ------------------------------------------------
POST_ID=$(sql "SELECT ID FROM wp_posts WHERE post_type='post' AND post_status='publish' ORDER BY ID LIMIT 1")
comment() { # author email url text -> the new comment's ID
    local code
    code=$(curl -sS -o /dev/null -w '%{http_code}' --max-time 30 -A "$UA" -e "$WP_URL/?p=$POST_ID" \
        --data-urlencode "author=$1" --data-urlencode "email=$2" --data-urlencode "url=$3" \
        --data-urlencode "comment=$4" -d "comment_post_ID=$POST_ID" -d comment_parent=0 \
        "$WP_URL/wp-comments-post.php")
    [ "$code" = 302 ] || fail "wp-comments-post.php answered $code for $2"
    sql "SELECT MAX(comment_ID) FROM wp_comments WHERE comment_author_email='$2'"
}

# Classic link-drop blog spam. (E2E_SPAM_TEXT tries another; a text the model labels
# `marketing` is answered "not spam" by the Akismet API and fails step 1.)
SPAM_TEXT=${E2E_SPAM_TEXT:-'Hello! I like your blog. visit my site <a href="http://cheap-pills.example">cheap pills</a> <a href="http://cheap-pills.example/viagra">viagra</a> <a href="http://cheap-pills.example/cialis">cialis</a>'}
SPAM_ID=$(comment 'cheap pills' 'deals@cheap-pills.example' 'http://cheap-pills.example/' "$SPAM_TEXT")
read -r approved akismet user <<<"$(wp comment "$SPAM_ID")"
[ "$approved" = spam ] || fail "spam comment $SPAM_ID is '$approved' (akismet_result $akismet), not spam"
[ "$akismet" = true ] || fail "spam comment $SPAM_ID: akismet_result '$akismet'"
step "spam comment $SPAM_ID: in the spam queue"

HAM_TEXT=${E2E_HAM_TEXT:-'Thanks for the write-up. I tried the second approach on my own blog last week and the page loads noticeably faster now. Did you measure the difference with caching turned off as well?'}
HAM_ID=$(comment 'Jane Reader' 'jane@reader.example' '' "$HAM_TEXT")
read -r approved akismet user <<<"$(wp comment "$HAM_ID")"
[ "$approved" = 1 ] || fail "genuine comment $HAM_ID is '$approved' (akismet_result $akismet), not approved"
[ "$akismet" = false ] || fail "genuine comment $HAM_ID: akismet_result '$akismet'"
step "genuine comment $HAM_ID: approved"

# --- "Not spam" in wp-admin, as an administrator would click it ---------------------------
curl -sS -o "$WORK/spam-queue.html" -b "$JAR" --max-time 30 -A "$UA" \
    "$WP_URL/wp-admin/edit-comments.php?comment_status=spam"
# The row action "Not Spam": comment.php?c=ID&action=unspamcomment&_wpnonce=…, HTML-escaped.
LINK=$(grep -oE "comment\.php\?c=$SPAM_ID(&amp;|&#038;)action=unspamcomment(&amp;|&#038;)_wpnonce=[0-9a-f]+" \
    "$WORK/spam-queue.html" | head -1 | sed -E 's/&amp;|&#038;/\&/g')
[ -n "$LINK" ] || fail "no \"Not Spam\" link for comment $SPAM_ID in wp-admin's spam queue (login failed?)"
curl -sS -o /dev/null -b "$JAR" --max-time 30 -A "$UA" -e "$WP_URL/wp-admin/edit-comments.php?comment_status=spam" \
    "$WP_URL/wp-admin/$LINK"
read -r approved akismet user <<<"$(wp comment "$SPAM_ID")"
[ "$approved" != spam ] || fail "comment $SPAM_ID is still spam after \"Not Spam\""
[ "$user" = false ] || fail "Akismet did not record the ham report (akismet_user_result '$user')"
step "\"Not Spam\" clicked in wp-admin"

# --- discern's side ------------------------------------------------------------------------
HAMS=$(python3 - "$WORK/discern.db" "$SPAM_TEXT" <<'EOF'
import sqlite3, sys
db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
print(db.execute("SELECT COUNT(*) FROM feedback WHERE source LIKE '%ham%' AND content = ?",
                 (sys.argv[2],)).fetchone()[0])
EOF
)
[ "$HAMS" = 1 ] || fail "discern stored $HAMS submit-ham rows for the comment (wanted 1)"
ham_metric() { curl -fsS --max-time 5 "$DISCERN_URL/metrics" | grep '^discern_http_requests_total{route="/1.1/submit-ham"' || true; }
for _ in $(seq 20); do ham_metric | grep -q 'status="2xx"} 1$' && break; sleep 0.1; done
ham_metric | grep -q 'status="2xx"} 1$' || fail "discern's /metrics shows no answered submit-ham: $(ham_metric)"
step "discern stored the submit-ham"

python3 - "$WORK/discern.db" <<'EOF'
import json, sqlite3, sys
db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
for label, scores, content in db.execute("SELECT label, scores, content FROM checks ORDER BY id"):
    print(f"  discern: {label:9} {scores}  {content[:60]!r}")
EOF
echo "wordpress-e2e: all checks passed in $((SECONDS - START))s"
