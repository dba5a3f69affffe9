#!/usr/bin/env bash
# Run a command against a throwaway PostgreSQL server: start a private cluster on a Unix socket
# (no TCP port, nothing shared), create an empty database, export PLANTRACK_TEST_DB_URL, run the
# command, then stop the server and delete the cluster — whatever the command's outcome.
set -euo pipefail
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$PGBIN" ]; then echo "PostgreSQL server binaries not found (Debian package postgresql)" >&2; exit 2; fi
work=$(mktemp -d /tmp/plantrack-pg.XXXXXX)
chmod 755 "$work"
as_pg() { if [ "$(id -u)" -eq 0 ]; then chown -R postgres "$work"; runuser -u postgres -- "$@"; else "$@"; fi; }
as_pg "$PGBIN/initdb" -D "$work/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$PGBIN/pg_ctl" -D "$work/data" -l "$work/server.log" -w \
  -o "-k $work -c listen_addresses='' -c fsync=off -c max_connections=50" start >/dev/null
cleanup() { as_pg "$PGBIN/pg_ctl" -D "$work/data" -m fast -w stop >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT
as_pg "$PGBIN/createdb" -h "$work" -U postgres plantrack_test
export PLANTRACK_TEST_DB_URL="postgresql+psycopg://postgres@/plantrack_test?host=$work"
"$@"
