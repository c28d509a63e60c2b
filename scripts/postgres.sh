#!/usr/bin/env bash
# Makes sure a PostgreSQL server runs on loopback for MentorFlows' tests and local deployment, installing it from
# Debian's packages when missing (as root, like CI and the build machines). Idempotent: safe to run every time.
# Prints the Npgsql connection string of the test database on its last line.
set -euo pipefail

role=${MENTORFLOWS_PG_ROLE:-mentorflows}
password=${MENTORFLOWS_PG_PASSWORD:-mentorflows}
database=${MENTORFLOWS_PG_DATABASE:-mentorflows_test}
port=${MENTORFLOWS_PG_PORT:-5432}

as_postgres() { runuser -u postgres -- "$@"; }

if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  echo "postgres.sh: installing PostgreSQL from Debian packages" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
fi

version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$version main"; then
  pg_createcluster "$version" main --port "$port" >&2
fi
if ! pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $4}' | grep -qx online; then
  pg_ctlcluster "$version" main start >&2
fi
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p "$port" && break
  sleep 1
done
pg_isready -q -h 127.0.0.1 -p "$port" || { echo "postgres.sh: PostgreSQL did not start on 127.0.0.1:$port" >&2; exit 1; }

(cd / && as_postgres psql -q -p "$port" -v ON_ERROR_STOP=1 <<SQL >&2
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$role') THEN
    CREATE ROLE $role LOGIN CREATEDB PASSWORD '$password';
  END IF;
END \$\$;
SQL
)
if ! (cd / && as_postgres psql -p "$port" -tAc "SELECT 1 FROM pg_database WHERE datname = '$database'") | grep -q 1; then
  (cd / && as_postgres createdb -p "$port" -O "$role" "$database") >&2
fi

echo "Host=127.0.0.1;Port=$port;Username=$role;Password=$password;Database=$database"
