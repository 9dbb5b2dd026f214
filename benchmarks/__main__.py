"""`make bench`: timings of the hot paths, each next to a bare baseline measured in the same run.

Prints one line per benchmark: median and p95 in milliseconds over N runs. Targets live here,
not in timed tests: a page should stay within a few times the bare view, a one-page PDF well
under a second.
"""

import json
import os
import statistics
import time

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "assistant.settings")
os.environ.setdefault(
    "STATICFILES_BACKEND", "django.contrib.staticfiles.storage.StaticFilesStorage"
)

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.http import HttpResponse  # noqa: E402
from django.test import Client, RequestFactory  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

from assistant.assessment.assess import assess  # noqa: E402
from assistant.assessment.casefile import parse  # noqa: E402
from assistant.cases.management.commands.load_demo import DEMO_DIR  # noqa: E402
from assistant.cases.records import import_case  # noqa: E402
from assistant.letters.pdf import render_pdf  # noqa: E402
from benchmarks import calls as calls_bench  # noqa: E402
from benchmarks import letters as letters_bench  # noqa: E402
from benchmarks import ocr as ocr_bench  # noqa: E402
from benchmarks import server as server_bench  # noqa: E402
from benchmarks import suggester as suggester_bench  # noqa: E402


def measure(name, fn, runs):
    fn()  # warm up: templates and fonts load once
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    p95 = times[int(len(times) * 0.95) - 1]
    print(f"{name:<34} median {statistics.median(times):8.2f} ms   p95 {p95:8.2f} ms   n={runs}")


def case_page_client():
    """A client whose session owns the busiest demo case (many calls to flag)."""
    client = Client()
    session = client.session
    session["anxin_owner"] = "bench"
    session.save()
    data = json.loads((DEMO_DIR / "huabei-day40-flood.case.json").read_text(encoding="utf-8"))
    case = import_case(data, owner=lambda c: setattr(c, "owner_token", "bench"))
    return client, f"/zh-hans/cases/{case.pk}/", data


def main():
    setup_test_environment()
    connection.creation.create_test_db(verbosity=0)  # throwaway database
    client = Client()
    request = RequestFactory().get("/")
    measure("bare HttpResponse (baseline)", lambda: HttpResponse("ok"), 2000)
    measure("home page, zh-hans (test client)", lambda: client.get("/zh-hans/"), 300)
    measure("call-now page, en (test client)", lambda: client.get("/en/help/call-now/"), 300)
    case_client, case_url, data = case_page_client()
    measure("assessment of a case file (engine)", lambda: assess(parse(data)), 500)
    measure("case page, zh-hans (test client)", lambda: case_client.get(case_url), 200)
    sample = {"name": "张三", "body": "申请暂停第三方催收。" * 20}
    measure(
        "one-page Chinese PDF", lambda: render_pdf("pdf/sample.html", sample, request=request), 20
    )
    letters_bench.run(measure)
    calls_bench.run(measure)
    suggester_bench.run()  # precision and recall per conduct code on the labelled corpus
    ocr_bench.run(tesseract=True)  # screenshots: accuracy and seconds on one core
    server_bench.run(measure)  # under gunicorn, with its own database


if __name__ == "__main__":
    main()
