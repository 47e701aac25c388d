#!/bin/sh
# pg-run.sh COMMAND [ARG…]: runs COMMAND with a throwaway PostgreSQL 15 cluster of its own, and
# stops and removes the cluster afterwards. The cluster listens on a Unix socket in a temporary
# folder only (no TCP port, so runs in parallel never collide), trusts local connections, and has
# the calling user as its superuser. COMMAND sees OVERSTAP_TEST_DB=postgresql and
# OVERSTAP_TEST_PG_HOST (the socket folder); tests/ovs-test-util.h and tests/cli/lib.sh then make a
# fresh database per test.
#
# The server refuses to run as root: as root (CI) it runs as "nobody". initdb runs once per build
# folder (OVERSTAP_PG_TEMPLATE, under a lock); each run copies that cluster, which takes
# milliseconds instead of initdb's seconds.
set -eu
bin=${OVERSTAP_PG_BIN:-/usr/lib/postgresql/15/bin}
template=${OVERSTAP_PG_TEMPLATE:-${TMPDIR:-/tmp}/overstap-pg-template-$(id -u)}
superuser=$(id -un)

as_server() {
  if [ "$(id -u)" -eq 0 ]; then
    setpriv --reuid=nobody --regid=nogroup --clear-groups -- "$@"
  else
    "$@"
  fi
}

make_template() {
  work=$(mktemp -d "${TMPDIR:-/tmp}/overstap-initdb-XXXXXX")
  [ "$(id -u)" -ne 0 ] || chown nobody:nogroup "$work"
  # C collation and UTF-8: text sorts by code point, as SQLite's BINARY.
  as_server "$bin/initdb" -D "$work/data" -U "$superuser" --auth=trust --locale=C --encoding=UTF8 \
    --no-sync >"$work/initdb.log" 2>&1 || { cat "$work/initdb.log" >&2; exit 1; }
  rm -rf "$template.new"
  cp -a "$work/data" "$template.new"
  rm -rf "$work"
  mv "$template.new" "$template"
}

mkdir -p "$(dirname "$template")"
(
  flock 9
  [ -f "$template/PG_VERSION" ] || make_template
) 9>"$template.lock"

dir=$(mktemp -d "${TMPDIR:-/tmp}/overstap-pg-XXXXXX")
cp -a "$template" "$dir/data"
[ "$(id -u)" -ne 0 ] || chown nobody:nogroup "$dir"
cleanup() {
  as_server "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT INT TERM

# Durability is no concern for a throwaway cluster: no fsync, no full pages, no commit waits.
as_server "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -s start -o \
  "-k $dir -c listen_addresses='' -c fsync=off -c full_page_writes=off -c synchronous_commit=off \
   -c max_connections=60 -c shared_buffers=32MB" || { cat "$dir/server.log" >&2; exit 1; }

export OVERSTAP_TEST_DB=postgresql
export OVERSTAP_TEST_PG_HOST="$dir"
status=0
"$@" || status=$?
exit $status
