# Sourced by scripts that need a PostgreSQL of their own (as .ci/run starts one): starts a
# server in a temporary folder on 127.0.0.1:$PG_PORT, creates the database `anxin`, sets
# DATABASE_URL, and defines stop_pg (call it on exit; it removes everything).
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$PG_BIN/initdb" ] || { echo "PostgreSQL server binaries not found (apt-get install postgresql-15)" >&2; exit 1; }
PG_DIR=$(mktemp -d /tmp/anxin-pg.XXXXXX)
PG_PORT=${PG_PORT:-54339}
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres "$PG_DIR"
stop_pg() { as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast stop >/dev/null 2>&1 || true; rm -rf "$PG_DIR"; }
as_postgres "$PG_BIN/initdb" --no-sync -A trust -U postgres -D "$PG_DIR/data" >/dev/null
as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -o "-p $PG_PORT -F -k $PG_DIR -c listen_addresses=127.0.0.1" -l "$PG_DIR/log" -w start >/dev/null
as_postgres "$PG_BIN/createdb" -p "$PG_PORT" -h "$PG_DIR" -U postgres anxin
DATABASE_URL="postgres://postgres@127.0.0.1:$PG_PORT/anxin"
