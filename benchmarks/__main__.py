"""`make bench`: timings of the hot paths, each next to a bare baseline measured in the same run.

Prints one line per benchmark: median and p95 in milliseconds over N runs. Targets live here,
not in timed tests: a page should stay within a few times the bare view, a one-page PDF well
under a second.
"""

import json
import os
import resource
import statistics
import sys
import time

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "assistant.settings")
os.environ.setdefault(
    "STATICFILES_BACKEND", "django.contrib.staticfiles.storage.StaticFilesStorage"
)

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

from assistant.assessment.assess import assess  # noqa: E402
from assistant.assessment.casefile import parse  # noqa: E402
from assistant.cases.management.commands.load_demo import DEMO_DIR  # noqa: E402
from assistant.cases.records import import_case  # noqa: E402
from benchmarks import calls as calls_bench  # noqa: E402
from benchmarks import letters as letters_bench  # noqa: E402
from benchmarks import ocr as ocr_bench  # noqa: E402
from benchmarks import pages as pages_bench  # noqa: E402
from benchmarks import server as server_bench  # noqa: E402
from benchmarks import suggester as suggester_bench  # noqa: E402


def cpu_time():
    """Processor seconds of this process and of its children that have ended: the evidence
    PDF is laid out in a forked child (core/bounded.py)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def measure(name, fn, runs):
    """Wall and CPU time of `fn` (ms medians); prints them and returns (wall, cpu).

    On a shared machine the wall clock also counts time spent waiting for the other
    processes; the CPU time (cpu_time) of this process and its children does not.
    """
    fn()  # warm up: templates and fonts load once
    times, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), cpu_time()
        fn()
        cpu.append((cpu_time() - start_cpu) * 1000)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    p95 = times[max(int(len(times) * 0.95) - 1, 0)]
    wall, cpu_median = statistics.median(times), statistics.median(cpu)
    print(
        f"{name:<46} median {wall:8.2f} ms   p95 {p95:8.2f} ms   cpu {cpu_median:8.2f} ms"
        f"   n={runs}"
    )
    return wall, cpu_median


def case_page_client():
    """A client whose session owns the busiest demo case (many calls to flag)."""
    client = Client()
    session = client.session
    session["anxin_owner"] = "bench"
    session.save()
    data = json.loads((DEMO_DIR / "huabei-day40-flood.case.json").read_text(encoding="utf-8"))
    case = import_case(data, owner=lambda c: setattr(c, "owner_token", "bench"))
    return client, f"/zh-hans/cases/{case.pk}/", data


SECTIONS = ("pages", "letters", "calls", "suggester", "ocr", "server")


def main(sections=SECTIONS):
    """`python -m benchmarks [pages] [letters] [calls] [suggester] [ocr] [server]`; all."""
    setup_test_environment()
    settings.ROOT_URLCONF = "benchmarks.pages"  # the site plus the bare and minimal pages
    connection.creation.create_test_db(verbosity=0)  # throwaway database
    call_command("load_rights", verbosity=0)
    if "pages" in sections:
        _, case_url, data = case_page_client()
        measure("assessment of a case file (engine)", lambda: assess(parse(data)), 500)
        pages_bench.run(measure, case_url)
    if "letters" in sections:
        letters_bench.run(measure)
    if "calls" in sections:
        calls_bench.run(measure)
    if "suggester" in sections:
        suggester_bench.run()  # precision and recall per conduct code on the labelled corpus
    if "ocr" in sections:
        ocr_bench.run(tesseract=True)  # screenshots: accuracy and seconds on one core
    if "server" in sections:
        server_bench.run(measure)  # under gunicorn, with its own database


if __name__ == "__main__":
    main(sys.argv[1:] or SECTIONS)
