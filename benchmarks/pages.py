"""Pages in `make bench`, in-process (the test client), each next to the minimal page.

The reference is a minimal page: a view that renders a template extending base.html with
one paragraph (the header, footer, language switcher, CSRF token and CSP nonce every page
has), so a page's ratio to it measures our views and templates, not Django's. The bare
view (an HttpResponse) is kept too. `urlpatterns` here are the site's plus those two; the
in-process benchmarks and the gunicorn ones (server.py) both use them.
"""

import functools
import statistics
import time

from django.conf.urls.i18n import i18n_patterns
from django.http import HttpResponse
from django.template import engines
from django.urls import path

from assistant.urls import urlpatterns as site

MINIMAL = """{% extends "base.html" %}{% block main %}<h1>Anxin</h1>
<p>A minimal page: the site's frame and nothing else.</p>{% endblock %}"""


def bare(request):
    return HttpResponse("ok")


@functools.cache
def _minimal_template():
    return engines["django"].from_string(MINIMAL)  # compiled once, as the site's templates


def minimal(request):
    return HttpResponse(_minimal_template().render({}, request))


urlpatterns = [path("bench/bare/", bare), *i18n_patterns(path("bench/minimal/", minimal)), *site]


CALL_COUNTS = (10, 1_000, 10_000)
RUNS = 100


def _checked(client, url):
    def get():
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)

    return get


def _not_kept(client, url):
    """A view with nothing kept: the first one after the case changed (core/kept_pages.py)."""
    from django.core.cache import caches

    get = _checked(client, url)

    def first_view():
        caches["pages"].clear()
        get()

    return first_view


def _queries(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return len(queries)


def _interleaved(pages, runs):
    """Each page's CPU ms median, the pages taken in turn, one request each per round.

    Measured one after the other, a page that fell on a busier moment of the machine (or
    came first, colder) looked up to 70 % dearer than in the next run; taken in turn, a
    busier moment falls on all of them alike. The 10,000-call case page every fifth round."""
    gets = {name: _checked(who, url) for name, (who, url) in pages.items()}
    for get in gets.values():
        get()  # warm up: templates and kept parts
    found = {name: [] for name in gets}
    for turn in range(runs):
        for name, get in gets.items():
            if "10000" in name.replace(",", "") and turn % 5:
                continue
            start = time.process_time()
            get()
            found[name].append((time.process_time() - start) * 1000)
    cpu = {name: statistics.median(times) for name, times in found.items()}
    for name, ms in cpu.items():
        print(f"{name + ' (test client)':<46} cpu {ms:8.2f} ms   n={len(found[name])}, in turn")
    return cpu


def run(measure, case_url):
    """Each page's CPU median and its rate as a share of the minimal page's (1.00 = as
    cheap as the minimal page; the issue 18 targets are >= 0.7 for rights pages and
    call-now, >= 0.8 for home, >= 0.5 for the case page and call list)."""
    from django.core.cache import caches
    from django.test import Client

    from assistant.rights.models import RightsPage
    from benchmarks import calls as calls_bench

    client = Client()
    owner = calls_bench.owner_client()
    slug = RightsPage.objects.order_by("slug").first().slug
    demo = Client()
    session = demo.session
    session["anxin_owner"] = "bench"
    session.save()
    pages = {
        "bare view": (client, "/bench/bare/"),
        "minimal page (reference)": (client, "/zh-hans/bench/minimal/"),
        "home page": (client, "/zh-hans/"),
        "call-now page": (client, "/zh-hans/help/call-now/"),
        f"rights page ({slug})": (client, f"/zh-hans/rights/{slug}/"),
        "case page, busiest demo case": (demo, case_url),
        "call list, busiest demo case": (demo, f"{case_url}calls/"),
    }
    for count in CALL_COUNTS:
        case = calls_bench.case_with_calls(count, seed=count)
        pages[f"case page, {count} calls"] = (owner, f"/zh-hans/cases/{case.pk}/")
    cpu = _interleaved(pages, RUNS)
    for name in ("case page, busiest demo case", "call list, busiest demo case"):
        who, url = pages[name]
        label = f"{name}, first view after a change"
        cpu[label] = measure(f"{label} (test client)", _not_kept(who, url), RUNS)[1]
        pages[label] = (who, url)
    reference = cpu["minimal page (reference)"]
    print(f"{'In-process, CPU ms and rate against the minimal page':<60}")
    for name, (who, url) in pages.items():
        if "first view" in name:
            caches["pages"].clear()
        else:
            who.get(url)  # kept again: the first-view rows above cleared what was kept
        print(
            f"  {name:<52} {cpu[name]:7.2f} ms   x{reference / cpu[name]:5.2f}"
            f"   {_queries(who, url):3d} queries"
        )
    ten, most = (
        cpu[f"case page, {CALL_COUNTS[0]} calls"],
        cpu[f"case page, {CALL_COUNTS[-1]} calls"],
    )
    print(f"  case page, {CALL_COUNTS[-1]} calls / {CALL_COUNTS[0]} calls: x{most / ten:.2f}")
