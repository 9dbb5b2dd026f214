#!/usr/bin/env bash
# `make load`: the site under gunicorn (2 workers) on a throwaway PostgreSQL, demo data loaded,
# 50 simulated borrowers for 60 s (locust, headless), then requests/s, latency and errors.
# Everything listens on 127.0.0.1 only and is removed at the end. USERS, DURATION, WORKERS
# and PORT may be set in the environment.
set -euo pipefail
cd "$(dirname "$0")/.."

USERS=${USERS:-50}
DURATION=${DURATION:-60s}
WORKERS=${WORKERS:-2}
PORT=${PORT:-8765}
BIN=.venv/bin
WORK=$(mktemp -d /tmp/anxin-load.XXXXXX)
GUNICORN_PID=""

source scripts/throwaway-pg.sh  # starts PostgreSQL, sets DATABASE_URL and stop_pg
cleanup() {
  [ -n "$GUNICORN_PID" ] && kill "$GUNICORN_PID" 2>/dev/null && wait "$GUNICORN_PID" 2>/dev/null
  stop_pg
  rm -rf "$WORK"
}
trap cleanup EXIT

export DATABASE_URL DEBUG=0 ALLOWED_HOSTS=127.0.0.1 LOG_LEVEL=ERROR
# Every simulated borrower restores a case file (some sign up), all from 127.0.0.1.
export ANXIN_LIMIT_CASE_IMPORTS_PER_HOUR_PER_ADDRESS=100000 ANXIN_LIMIT_SIGN_UPS_PER_HOUR_PER_ADDRESS=100000
export SECRET_KEY="load-$(head -c 24 /dev/urandom | base64 | tr -d '/+=')"
export STATIC_ROOT_OVERRIDE="$WORK/static" MEDIA_ROOT="$WORK/media"
unset STATICFILES_BACKEND  # the production storage (hashed, compressed files)

echo "== preparing the database and static files"
$BIN/python manage.py migrate --noinput -v 0
$BIN/python manage.py load_rights >/dev/null
$BIN/python manage.py load_demo >/dev/null
$BIN/python manage.py collectstatic --noinput -v 0

echo "== gunicorn, $WORKERS workers, on 127.0.0.1:$PORT"
$BIN/gunicorn assistant.wsgi -w "$WORKERS" -b "127.0.0.1:$PORT" \
  --access-logfile "$WORK/access.log" --access-logformat '%(p)s "%(r)s" %(s)s %(M)s' \
  --error-logfile "$WORK/gunicorn.log" &
GUNICORN_PID=$!
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.2; done

echo "== two workers, one site"
$BIN/python scripts/check_workers.py "http://127.0.0.1:$PORT" "$WORK/access.log"

echo "== $USERS borrowers for $DURATION"
$BIN/locust -f load/locustfile.py --headless -u "$USERS" -r 10 -t "$DURATION" \
  --host "http://127.0.0.1:$PORT" --csv "$WORK/locust" --only-summary --loglevel WARNING \
  >"$WORK/locust.out" 2>&1 || true
$BIN/python scripts/load_report.py "$WORK/locust_stats.csv" "$WORK/locust_failures.csv"
