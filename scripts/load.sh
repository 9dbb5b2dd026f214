#!/usr/bin/env bash
# `make load`: the site under gunicorn (2 workers, threads as gunicorn.conf.py says) on a
# throwaway PostgreSQL, demo data loaded, 100 simulated borrowers for 60 s (locust,
# headless), then requests/s, latency and errors;
# then the same with one hostile visitor beside them (HOSTILE=0 skips it), whose presence
# may at most double the borrowers' p95.
# Everything listens on 127.0.0.1 only and is removed at the end. USERS, DURATION, WORKERS
# and PORT may be set in the environment.
set -euo pipefail
cd "$(dirname "$0")/.."

USERS=${USERS:-100}
DURATION=${DURATION:-60s}
WORKERS=${WORKERS:-2}
PORT=${PORT:-8765}
BIN=.venv/bin
WORK=$(mktemp -d /tmp/anxin-load.XXXXXX)
GUNICORN_PID=""

source scripts/throwaway-pg.sh  # starts PostgreSQL, sets DATABASE_URL and stop_pg
cleanup() {
  if [ "${STATUS:-0}" != 0 ] && [ -s "$WORK/gunicorn.log" ]; then
    echo "-- the end of gunicorn's log"; tail -n 40 "$WORK/gunicorn.log"
  fi
  # Never let a failure here skip stop_pg: a server left running takes the next run's port.
  if [ -n "$GUNICORN_PID" ]; then
    kill "$GUNICORN_PID" 2>/dev/null || true
    wait "$GUNICORN_PID" 2>/dev/null || true
  fi
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

if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then
  echo "Something already answers on 127.0.0.1:$PORT: stop it or set PORT." >&2
  exit 1
fi
echo "== gunicorn, $WORKERS workers (gunicorn.conf.py: gthread), on 127.0.0.1:$PORT"
$BIN/gunicorn assistant.wsgi -w "$WORKERS" -b "127.0.0.1:$PORT" \
  --access-logfile "$WORK/access.log" --access-logformat '%(p)s "%(r)s" %(s)s %(M)s' \
  --error-logfile "$WORK/gunicorn.log" &
GUNICORN_PID=$!
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.2; done

echo "== two workers, one site"
$BIN/python scripts/check_workers.py "http://127.0.0.1:$PORT" "$WORK/access.log"

borrowers() {  # $1: the name of the run's CSV files
  $BIN/locust -f load/locustfile.py Borrower --headless -u "$USERS" -r 10 -t "$DURATION" \
    --host "http://127.0.0.1:$PORT" --csv "$WORK/$1" --only-summary --loglevel WARNING \
    >"$WORK/$1.out" 2>&1 || true
}

echo "== $USERS borrowers for $DURATION"
borrowers locust
$BIN/python scripts/load_report.py "$WORK/locust_stats.csv" "$WORK/locust_failures.csv" \
  || STATUS=1

if [ "${HOSTILE:-1}" = 1 ]; then
  # The same again with one visitor doing the most work the limits allow (load/locustfile.py
  # HostileVisitor), in a locust of its own so the borrowers' figures are theirs alone.
  echo "== the same, with one hostile visitor among them"
  $BIN/locust -f load/locustfile.py HostileVisitor --headless -u 1 -r 1 -t "$DURATION" \
    --host "http://127.0.0.1:$PORT" --csv "$WORK/hostile" --only-summary --loglevel WARNING \
    >"$WORK/hostile.out" 2>&1 &
  HOSTILE_PID=$!
  borrowers beside
  wait "$HOSTILE_PID" || true
  $BIN/python scripts/load_report.py "$WORK/beside_stats.csv" "$WORK/beside_failures.csv" \
    || STATUS=1
  echo "-- what the hostile visitor got"
  $BIN/python scripts/load_report.py "$WORK/hostile_stats.csv" "$WORK/hostile_failures.csv" \
    || true
  $BIN/python scripts/load_report.py --compare "$WORK/locust_stats.csv" "$WORK/beside_stats.csv" \
    || STATUS=1
  curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && echo "/healthz answers after the run"
fi
exit "${STATUS:-0}"
