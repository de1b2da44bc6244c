#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the tests (README, "PostgreSQL"). CTest starts it before
# the tests that need it and stops it after them, also when one fails.
#
#   scripts/pg-test-cluster.sh start DIR   initdb + start on a free port of 127.0.0.1
#   scripts/pg-test-cluster.sh stop DIR    stop the server and delete its data
#   scripts/pg-test-cluster.sh halt DIR    stop the server as an administrator would (pg_ctl stop
#                                          -m fast: the sessions are ended), keeping its data
#   scripts/pg-test-cluster.sh resume DIR  start the halted server again, same data and port
#
# start leaves in DIR:
#   url       postgresql://marsa_test@127.0.0.1:PORT/marsa_test (no password in it)
#   pgpass    the passwords, mode 600: export PGPASSFILE=DIR/pgpass
#   cluster   the folder of the server's data, log and socket
# The role marsa_test owns the database marsa_test and may create databases: each test makes
# its own, so tests run in parallel. The server runs as an unprivileged user: as root it runs
# as postgres (the Debian package's user), otherwise as the current user.
set -euo pipefail

usage() {
    echo "usage: $0 start|stop|halt|resume DIR" >&2
    exit 2
}
[ $# -eq 2 ] || usage
action=$1
dir=$2

find_bindir() {
    if command -v pg_config >/dev/null 2>&1; then
        local candidate
        candidate=$(pg_config --bindir)
        [ -x "$candidate/initdb" ] && echo "$candidate" && return
    fi
    local found
    found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [ -n "$found" ] && [ -x "$found/initdb" ]; then
        echo "$found"
        return
    fi
    echo "pg-test-cluster: PostgreSQL server binaries (initdb, pg_ctl) not found." >&2
    echo "pg-test-cluster: install them with scripts/install-deps.sh (Debian packages postgresql," >&2
    echo "pg-test-cluster: libqt6sql6-psql), or 'make deps'." >&2
    exit 1
}

# Runs a command as the cluster's unprivileged owner.
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        # runuser lives in /usr/sbin, which a root PATH may lack.
        PATH="$PATH:/usr/sbin:/sbin" runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

stop_cluster() {
    [ -f "$dir/cluster" ] || return 0
    local cluster bindir
    cluster=$(cat "$dir/cluster")
    bindir=$(find_bindir)
    if [ -f "$cluster/data/postmaster.pid" ]; then
        as_owner "$bindir/pg_ctl" -D "$cluster/data" -m immediate -w stop >/dev/null || true
    fi
    rm -rf "$cluster"
    rm -f "$dir/cluster" "$dir/url" "$dir/pgpass"
}

# The options the server runs with; resume starts it with the same ones.
server_options() {
    echo "-p $1 -k $2 -c listen_addresses=127.0.0.1 -c fsync=off"
}

halt_cluster() {
    local cluster bindir
    cluster=$(cat "$dir/cluster")
    bindir=$(find_bindir)
    as_owner "$bindir/pg_ctl" -D "$cluster/data" -m fast -w -t 30 stop >/dev/null
}

resume_cluster() {
    local cluster bindir port
    cluster=$(cat "$dir/cluster")
    bindir=$(find_bindir)
    port=$(sed -E 's#.*:([0-9]+)/.*#\1#' "$dir/url")
    as_owner "$bindir/pg_ctl" -D "$cluster/data" -l "$cluster/log" -w -t 30 \
        -o "$(server_options "$port" "$cluster")" start >/dev/null
}

start_cluster() {
    local bindir
    bindir=$(find_bindir)
    mkdir -p "$dir"
    stop_cluster # a cluster a killed run left behind

    local cluster
    cluster=$(mktemp -d /tmp/marsa-pg.XXXXXX)
    echo "$cluster" >"$dir/cluster"
    if [ "$(id -u)" -eq 0 ]; then
        id postgres >/dev/null 2>&1 || {
            echo "pg-test-cluster: running as root and there is no user postgres to run the server" >&2
            exit 1
        }
        chown postgres: "$cluster"
    fi

    local admin_password test_password
    admin_password=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
    test_password=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
    (umask 077 && printf '%s\n' "$admin_password" >"$cluster/admin-password")
    [ "$(id -u)" -ne 0 ] || chown postgres: "$cluster/admin-password"
    as_owner "$bindir/initdb" -D "$cluster/data" -A scram-sha-256 --pwfile="$cluster/admin-password" \
        -U marsa_admin -E UTF8 --locale=C.UTF-8 >"$cluster/initdb.log" 2>&1 || {
        cat "$cluster/initdb.log" >&2
        echo "pg-test-cluster: initdb failed" >&2
        exit 1
    }

    local port="" attempt
    for attempt in 1 2 3 4 5; do
        port=$(free_port)
        if as_owner "$bindir/pg_ctl" -D "$cluster/data" -l "$cluster/log" -w -t 30 \
            -o "$(server_options "$port" "$cluster")" start >/dev/null; then
            break
        fi
        port=""
    done
    if [ -z "$port" ]; then
        cat "$cluster/log" >&2 || true
        echo "pg-test-cluster: the server did not start" >&2
        exit 1
    fi

    umask 077
    printf '127.0.0.1:%s:*:marsa_admin:%s\n127.0.0.1:%s:*:marsa_test:%s\n' \
        "$port" "$admin_password" "$port" "$test_password" >"$dir/pgpass"
    chmod 600 "$dir/pgpass"
    PGPASSFILE="$dir/pgpass" "$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" \
        -U marsa_admin -d postgres >/dev/null <<SQL
CREATE ROLE marsa_test LOGIN CREATEDB PASSWORD '$test_password';
CREATE DATABASE marsa_test OWNER marsa_test;
SQL
    echo "postgresql://marsa_test@127.0.0.1:$port/marsa_test" >"$dir/url"
    echo "pg-test-cluster: PostgreSQL on 127.0.0.1:$port, $(cat "$dir/url")"
}

case $action in
start) start_cluster ;;
stop) stop_cluster ;;
halt) halt_cluster ;;
resume) resume_cluster ;;
*) usage ;;
esac
