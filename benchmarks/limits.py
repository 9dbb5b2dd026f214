"""What the largest requests the limits allow cost (issue 20): `python -m benchmarks.limits`.

Not part of `make bench` (about a minute). Prints, for the evidence PDF part that each
kind of log makes largest (long texts, many short entries, full-length names), the wall
and CPU time of the child process that lays it out and its peak memory; then the pages of
a case at the calls limit with every text at its longest, and restoring the largest case
file allowed. Figures go in docs/performance.md.
"""

import json
import os
import resource
import time

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "assistant.settings")
os.environ.setdefault(
    "STATICFILES_BACKEND", "django.contrib.staticfiles.storage.StaticFilesStorage"
)

import django  # noqa: E402

django.setup()

from django.core.files.uploadedfile import SimpleUploadedFile  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402
from django.urls import reverse  # noqa: E402
from django.utils import translation  # noqa: E402

from assistant.assessment import limits  # noqa: E402
from assistant.calls.export import evidence_summary  # noqa: E402
from assistant.calls.models import Call  # noqa: E402
from assistant.letters.pdf import render_pdf  # noqa: E402
from benchmarks.calls import case_with_calls, owner_client  # noqa: E402

SAID = "说再不还钱就爆通讯录通知你家人和单位。"
FULL_NAMES = {"number": "1" * 50, "organisation": "某" * 100, "collector": "王" * 100}
LOGS = {
    "5 entries of 4,000 characters": (5, {"summary": (SAID * 211)[:4000]}),
    "500 entries of 40 characters": (500, {"summary": (SAID * 3)[:40]}),
    "500 entries, names at full length": (500, {"summary": "", **FULL_NAMES}),
}


def children():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss // 1024


def largest_parts():
    for name, (count, values) in LOGS.items():
        case = case_with_calls(count)
        Call.objects.filter(case=case).update(**values)
        with translation.override("zh-hans"):
            summary = evidence_summary(case)
            cpu_before, _ = children()
            start = time.perf_counter()
            pdf = render_pdf("pdf/evidence.html", summary, isolated=True)
            wall = time.perf_counter() - start
        cpu, peak = children()
        print(
            f"evidence PDF, {name}: part 1 of {summary['part']['count']} holds "
            f"{len(summary['rows'])} entries; wall {wall:.2f} s, CPU {cpu - cpu_before:.2f} s, "
            f"peak memory of the children so far {peak} MB, {len(pdf) // 1024} KB"
        )


def largest_case():
    most = limits.value("calls_per_case")
    case = case_with_calls(most)
    Call.objects.filter(case=case).update(summary=(SAID * 211)[:4000], **FULL_NAMES)
    client = owner_client()
    for name in ("cases:detail", "calls:list", "calls:export_csv", "calls:evidence_html"):
        start, cpu = time.perf_counter(), time.process_time()
        response = client.get(reverse(name, args=[case.pk]))
        print(
            f"{name}, {most} calls with every text at its longest: {response.status_code}, "
            f"wall {time.perf_counter() - start:.2f} s, CPU {time.process_time() - cpu:.2f} s, "
            f"{len(response.content) // 1024} KB"
        )


def largest_import():
    most = limits.value("calls_per_case")
    calls = [
        {"at": f"2026-11-{1 + i % 28:02d}T{i % 24:02d}:00:00+08:00", "channel": "phone"}
        for i in range(most)
    ]
    data = {
        "format": "anxin.case/1",
        "lender": {"type": "online_platform"},
        "first_missed_due_date": "2026-08-15",
        "calls": calls,
    }
    for label, body in (
        (f"{most} calls", json.dumps(data).encode()),
        (f"{most + 1} calls (refused)", json.dumps({**data, "calls": [*calls, calls[0]]}).encode()),
    ):
        upload = SimpleUploadedFile("case.json", body, "application/json")
        start = time.perf_counter()
        response = Client().post("/zh-hans/account/import/", {"case_file": upload})
        print(
            f"restoring a case file of {label}, {len(body) // 1024} KB: "
            f"{response.status_code}, wall {time.perf_counter() - start:.2f} s"
        )


def main():
    setup_test_environment()
    connection.creation.create_test_db(verbosity=0)
    largest_parts()
    largest_case()
    largest_import()
    print(f"own peak memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB")


if __name__ == "__main__":
    main()
