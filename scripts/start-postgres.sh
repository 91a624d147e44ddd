#!/usr/bin/env bash
# Starts the local PostgreSQL cluster (Debian packaging) and makes sure a password-login role with CREATEDB and
# its database exist. Idempotent: safe to run when PostgreSQL is already running and the role already exists.
# Prints one line on stdout, the Npgsql connection string; progress goes to stderr. Used by .ci/run and bench/run.sh:
#   export COMMERCEOPS_TEST_POSTGRES="$(scripts/start-postgres.sh)"
# Settings (environment): PG_ROLE (commerceops), PG_PASSWORD (commerceops), PG_DATABASE (commerceops).
# Needs root (or sudo) and the Debian package postgresql installed (.ci/run installs it).
set -euo pipefail

role="${PG_ROLE:-commerceops}"
password="${PG_PASSWORD:-commerceops}"
database="${PG_DATABASE:-commerceops}"

log() { echo "start-postgres: $*" >&2; }

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}
as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  log "PostgreSQL is not installed (apt-get install postgresql)"; exit 1
fi
version="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"

# A cluster for that version: Debian's package creates "main"; create it if a minimal image skipped that.
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" { found = 1 } END { exit !found }'; then
  log "creating cluster $version/main"
  as_root pg_createcluster "$version" main >&2
fi
port="$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" { print $3 }')"
status="$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" { print $4 }')"
if [ "$status" != "online" ]; then
  log "starting cluster $version/main on port $port"
  as_root pg_ctlcluster "$version" main start >&2
fi

for _ in $(seq 1 60); do
  if pg_isready -q -h 127.0.0.1 -p "$port"; then break; fi
  sleep 1
done
pg_isready -q -h 127.0.0.1 -p "$port" || { log "PostgreSQL did not become ready on 127.0.0.1:$port"; exit 1; }

# The API tests run their PostgreSQL classes in parallel, each fixture with a pool of up to 50 connections (the
# concurrency test opens that many at once); Debian's default of 100 server connections refuses some of them.
wanted_connections=500
if [ "$(as_postgres psql -p "$port" -Atc 'SHOW max_connections')" -lt "$wanted_connections" ]; then
  log "raising max_connections to $wanted_connections (restart)"
  as_postgres psql -q -p "$port" -c "ALTER SYSTEM SET max_connections = $wanted_connections" >&2
  as_root pg_ctlcluster "$version" main restart >&2
  for _ in $(seq 1 60); do
    if pg_isready -q -h 127.0.0.1 -p "$port"; then break; fi
    sleep 1
  done
fi

# Role and database (idempotent). The password is for a loopback-only test cluster.
as_postgres psql -q -p "$port" -v ON_ERROR_STOP=1 -v role="$role" -v password="$password" >&2 <<'SQL'
SELECT format('CREATE ROLE %I LOGIN CREATEDB PASSWORD %L', :'role', :'password')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'role') \gexec
SELECT format('ALTER ROLE %I LOGIN CREATEDB PASSWORD %L', :'role', :'password') \gexec
SQL
as_postgres psql -q -p "$port" -v ON_ERROR_STOP=1 -v role="$role" -v database="$database" >&2 <<'SQL'
SELECT format('CREATE DATABASE %I OWNER %I', :'database', :'role')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'database') \gexec
SQL

log "PostgreSQL $version ready on 127.0.0.1:$port (role $role, database $database)"
echo "Host=127.0.0.1;Port=$port;Username=$role;Password=$password;Database=$database"
