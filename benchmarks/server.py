"""Pages under gunicorn in `make bench`: requests per second of the site's main pages, each
as a ratio to the minimal page (a template extending base.html, benchmarks/pages.py) served
by the same gunicorn in the same run, and to a bare Django view. Targets (issue 18), as a
share of the minimal page's rate: TARGETS.

`run(measure)` is called by benchmarks/__main__.py. It needs a database the gunicorn
workers can open, so it makes its own SQLite file in a temporary folder (migrated, rights
loaded, one demo case owned by a prepared session), starts `gunicorn benchmarks.server`
with WORKERS workers on 127.0.0.1, and drives each URL for SECONDS with CLIENTS concurrent
connections from two client processes, the references first and last. This module is
also that WSGI application: the site's URLs plus /bench/bare/ (a view that returns "ok"
through the same middleware) and /<language>/bench/minimal/ (benchmarks/pages.py).

The clients run on the same machine as the server, so their own cost is in every number:
the ratios are conservative (a real client elsewhere would make a cheap page look cheaper).
"""

import http.client
import multiprocessing
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

TARGETS = {
    "home page": 0.8,
    "call-now page": 0.7,
    "rights page": 0.7,
    "case page": 0.5,
    "call list": 0.5,
}
WORKERS = 2
SECONDS = 2.0
ROUNDS = 5
BARE, BARE_PATH = "bare Django view", "/bench/bare/"
MINIMAL, MINIMAL_PATH = "minimal base.html page", "/zh-hans/bench/minimal/"
CLIENTS = 8
ROOT = Path(__file__).resolve().parents[1]
OWNER = "bench-server"


def __getattr__(name):
    """`urlpatterns` and `application`, made once Django can be set up (in the worker)."""
    if name == "urlpatterns":
        from benchmarks.pages import urlpatterns

        return urlpatterns
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


def workers_cpu_seconds(server):
    """Processor time the gunicorn workers (children of `server`) have used so far."""
    total = 0
    for pid in Path(f"/proc/{server.pid}/task/{server.pid}/children").read_text().split():
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / os.sysconf("SC_CLK_TCK")


def requests_per_second(pool, port, path, cookie="", server=None):
    """(requests per second, the workers' CPU ms per request) for `path`.

    The CPU time per request is what the server spent, whatever else ran on the machine;
    the rate also counts the clients and every other process on the same cores."""
    for _ in range(4):  # warm up: templates, fonts, the registry load once per worker
        _get(port, path, cookie)
    args = [(port, path, cookie, CLIENTS // 2, SECONDS)] * 2
    before = workers_cpu_seconds(server) if server else 0.0
    results = pool.map(_client, args)
    cpu = (workers_cpu_seconds(server) - before) if server else 0.0
    done = sum(r[0] for r in results)
    errors = sum(r[1] for r in results)
    if errors:
        raise RuntimeError(f"{errors} errors on {path}")
    return done / SECONDS, cpu * 1000 / max(done, 1)


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
                    "call-now page": ("/zh-hans/help/call-now/", ""),
                    "rights page": (f"/zh-hans/rights/{slug}/", ""),
                    "case page": (f"/zh-hans/cases/{case_pk}/", session),
                    "call list": (f"/zh-hans/cases/{case_pk}/calls/", session),
                }
                everything = {BARE: (BARE_PATH, ""), MINIMAL: (MINIMAL_PATH, ""), **pages}
                runs = {name: [] for name in everything}
                cpu = {name: [] for name in everything}
                for _ in range(ROUNDS):  # interleaved, so that a busier minute hits all
                    for name, (path, cookie) in everything.items():
                        rate, ms = requests_per_second(pool, port, path, cookie, server)
                        runs[name].append(rate)
                        cpu[name].append(ms)
        finally:
            server.terminate()
            server.wait()
    rates = {name: statistics.median(found) for name, found in runs.items()}
    costs = {name: statistics.median(found) for name, found in cpu.items()}
    # Each round's share against the minimal page measured in the same round, then the
    # median of those: a busier minute of the machine moves both sides of a share alike.
    shares = {
        name: statistics.median(m / c for m, c in zip(cpu[MINIMAL], found, strict=True))
        for name, found in cpu.items()
    }
    print(
        f"\nUnder gunicorn ({WORKERS} workers, {CLIENTS} connections, {SECONDS:.0f} s each, "
        f"medians of {ROUNDS} interleaved rounds). Rate: requests per second; CPU: the "
        "workers' processor time per request, and the page's share of the minimal page's "
        "rate at that cost, the median of each round's share (what a machine with nothing "
        "else running would see):"
    )
    for name in everything:
        found = ", ".join(f"{r:.0f}" for r in runs[name])
        line = (
            f"{name:<34} {rates[name]:7.1f} req/s (x{rates[name] / rates[MINIMAL]:4.2f})"
            f"  CPU {costs[name]:6.2f} ms (x{shares[name]:4.2f})"
        )
        if name in TARGETS:
            met = shares[name] >= TARGETS[name]
            line += f"  {'meets' if met else 'MISSES'} ≥ {TARGETS[name]}"
        print(f"{line}   rounds: {found}")
    return rates, costs, shares


if __name__ == "__main__":
    run()
