"""Pages under gunicorn in `make bench`: requests per second for the home page, a rights page
and a case page, each as a ratio to a bare Django view served by the same gunicorn in the
same run (target: at least TARGET of the bare view's rate).

`run(measure)` is called by benchmarks/__main__.py. It needs a database the gunicorn
workers can open, so it makes its own SQLite file in a temporary folder (migrated, rights
loaded, one demo case owned by a prepared session), starts `gunicorn benchmarks.server`
with WORKERS workers on 127.0.0.1, and drives each URL for SECONDS with CLIENTS concurrent
connections from two client processes. This module is also that WSGI application: the
site's URLs plus /bench/bare/, a view that returns "ok" through the same middleware.

The clients run on the same machine as the server, so their own cost is in every number:
the ratios are conservative (a real client elsewhere would make a cheap page look cheaper).
"""

import http.client
import multiprocessing
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

TARGET = 0.7
WORKERS = 2
SECONDS = 5.0
CLIENTS = 8
ROOT = Path(__file__).resolve().parents[1]
OWNER = "bench-server"


def bare(request):
    from django.http import HttpResponse

    return HttpResponse("ok")


def __getattr__(name):
    """`urlpatterns` and `application`, made once Django can be set up (in the worker)."""
    if name == "urlpatterns":
        from django.urls import path

        from assistant.urls import urlpatterns as site

        return [path("bench/bare/", bare), *site]
    if name == "application":
        from django.conf import settings
        from django.core.wsgi import get_wsgi_application

        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "assistant.settings")
        app = get_wsgi_application()
        settings.ROOT_URLCONF = __name__
        return app
    raise AttributeError(name)


PREPARE = f"""
import django, json
django.setup()
from django.contrib.sessions.backends.db import SessionStore
from assistant.cases.management.commands.load_demo import DEMO_DIR
from assistant.cases.records import import_case
from assistant.rights.models import RightsPage
data = json.loads((DEMO_DIR / "huabei-day40-flood.case.json").read_text(encoding="utf-8"))
case = import_case(data, owner=lambda c: setattr(c, "owner_token", "{OWNER}"))
session = SessionStore()
session["anxin_owner"] = "{OWNER}"
session.create()
print(case.pk, session.session_key, RightsPage.objects.order_by("slug").first().slug)
"""


def _environment(folder):
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{folder}/bench.sqlite3",
        "DEBUG": "0",
        "SECRET_KEY": "bench-" + os.urandom(16).hex(),
        "ALLOWED_HOSTS": "127.0.0.1",
        "MEDIA_ROOT": f"{folder}/media",
        "LOG_LEVEL": "ERROR",
        "STATICFILES_BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage",
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)
    return env


def _prepare(env):
    python = sys.executable
    for command in (["migrate", "--noinput", "-v", "0"], ["load_rights"]):
        subprocess.run(
            [python, "manage.py", *command],
            cwd=ROOT,
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
    env = {**env, "DJANGO_SETTINGS_MODULE": "assistant.settings"}
    out = subprocess.run(
        [python, "-c", PREPARE], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    ).stdout.split()
    return int(out[0]), out[1], out[2]


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _start(env, port):
    gunicorn = str(Path(sys.executable).with_name("gunicorn"))
    server = subprocess.Popen(
        [
            gunicorn,
            "benchmarks.server:application",
            "-w",
            str(WORKERS),
            "-b",
            f"127.0.0.1:{port}",
            "--log-level",
            "error",
        ],
        cwd=ROOT,
        env=env,
    )
    for _ in range(100):
        try:
            if _get(port, "/healthz", "")[0] == 200:
                return server
        except OSError:
            time.sleep(0.1)
    server.terminate()
    raise RuntimeError("gunicorn did not start")


def _get(port, path, cookie):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    headers = {"Cookie": f"sessionid={cookie}"} if cookie else {}
    connection.request("GET", path, headers=headers)
    response = connection.getresponse()
    response.read()
    connection.close()
    return response.status, response


def _client(args):
    """One client process: `threads` connections in a loop for `seconds`; (done, errors)."""
    port, path, cookie, threads, seconds = args
    counts = {"done": 0, "errors": 0}
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def loop():
        while time.monotonic() < stop:
            status, _ = _get(port, path, cookie)
            with lock:
                counts["done"] += 1
                counts["errors"] += status != 200

    workers = [threading.Thread(target=loop) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return counts["done"], counts["errors"]


def requests_per_second(pool, port, path, cookie=""):
    _get(port, path, cookie)  # warm up: templates, fonts, the registry load once per worker
    _get(port, path, cookie)
    args = [(port, path, cookie, CLIENTS // 2, SECONDS)] * 2
    results = pool.map(_client, args)
    done = sum(r[0] for r in results)
    errors = sum(r[1] for r in results)
    if errors:
        raise RuntimeError(f"{errors} errors on {path}")
    return done / SECONDS


def run(measure=None):
    with tempfile.TemporaryDirectory(prefix="anxin-bench-") as folder:
        env = _environment(folder)
        case_pk, session, slug = _prepare(env)
        port = _free_port()
        server = _start(env, port)
        try:
            with multiprocessing.get_context("spawn").Pool(2) as pool:
                pages = {
                    "home page": ("/zh-hans/", ""),
                    "rights page": (f"/zh-hans/rights/{slug}/", ""),
                    "case page": (f"/zh-hans/cases/{case_pk}/", session),
                }
                bare_rates = [requests_per_second(pool, port, "/bench/bare/")]
                rates = {}
                for name, (path, cookie) in pages.items():
                    rates[name] = requests_per_second(pool, port, path, cookie)
                bare_rates.append(requests_per_second(pool, port, "/bench/bare/"))
        finally:
            server.terminate()
            server.wait()
    baseline = sum(bare_rates) / len(bare_rates)
    print(f"\nUnder gunicorn ({WORKERS} workers, {CLIENTS} connections, {SECONDS:.0f} s each):")
    print(
        f"{'bare Django view (baseline)':<34} {baseline:8.1f} req/s  "
        f"(runs: {', '.join(f'{r:.1f}' for r in bare_rates)})"
    )
    for name, rate in rates.items():
        ratio = rate / baseline
        verdict = "meets" if ratio >= TARGET else "MISSES"
        print(f"{name:<34} {rate:8.1f} req/s  ratio {ratio:4.2f}  {verdict} ≥ {TARGET}")
    return baseline, rates


if __name__ == "__main__":
    run()
