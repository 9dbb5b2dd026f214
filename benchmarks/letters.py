"""Letters in `make bench`: warm render time and PDF size of each kind, next to a bare page.

`run(measure)` is called by benchmarks/__main__.py once the throwaway database exists. Each
kind is built from the busiest demo case (four calls, flags on most of them) with the
form answers a borrower would give, then rendered through the one PDF renderer; the
baseline is the minimal one-page document (templates/pdf/sample.html, same fonts and
stylesheet), measured in the same run. The last table gives each kind against it, and one
letter whose sender's name needs the extended font (static/fonts/README.md).
"""

import json
import os
from decimal import Decimal
from pathlib import Path

from django.test import RequestFactory

from assistant.assessment.registry import default_registry
from assistant.cases.management.commands.load_demo import DEMO_DIR
from assistant.cases.records import import_case
from assistant.letters import hardship
from assistant.letters.documents import document
from assistant.letters.kinds import KINDS, build_content, schedule_data
from assistant.letters.pdf import render_pdf

SCENARIO = "huabei-day40-flood.case.json"
RUNS = 10
TARGET_MS = 100
TARGET_RATIO = 1.5
MEMORY_LETTERS = 200  # letters in a row, in this process, as a worker makes them
MEMORY_TARGET_MB = 20  # what the process may grow over them
SAMPLE = {"name": "张三", "body": "申请暂停第三方催收。" * 20}  # as in __main__.py


def options_for(kind):
    """What the new-letter form would hand to build_content() for `kind`."""
    sender = {
        "sender_name": "李明华",
        "sender_phone": "13800000000",
        "sender_address": "上海市浦东新区某某路100弄5号302室",
    }
    hardship_answers = {
        "hardship": ["job_loss", "illness"],
        "hardship_detail": "今年8月公司裁员后一直在找工作，母亲住院需要照顾。",
        "evidence": ["失业登记证明", "母亲住院病历"],
    }
    if kind == "complaint_regulator":
        return {
            **sender,
            "tried_with_lender": "11月20日在App内投诉，工单号2026112000123，未获答复。",
        }
    if kind == "credit_objection":
        return {
            **sender,
            "record": "2026年11月的逾期记录",
            "reason": "该笔款项已于到期日前通过银行转账还清",
            "correction": "删除该逾期记录",
        }
    if kind == "hardship_instalments":
        longest = default_registry().value("card_instalment_max_months")
        plan = hardship.instalment_schedule(Decimal("8000"), Decimal("700"), longest)
        return {**sender, **hardship_answers, "schedule": schedule_data(plan)}
    if kind == "hardship_deferral":
        return {**sender, **hardship_answers, "deferral_months": 3}
    if kind == "hardship_reduction":
        return {**sender, **hardship_answers, "lump_sum": Decimal("5000")}
    return sender


def run(measure, runs=RUNS):
    request = RequestFactory().get("/")
    data = json.loads((DEMO_DIR / SCENARIO).read_text(encoding="utf-8"))
    case = import_case(data, owner=lambda c: setattr(c, "owner_token", "bench-letters"))

    results = {}  # name -> (median ms, size KB)

    def bench(name, label, template, context):
        out = [b""]

        def render():
            out[0] = render_pdf(template, context, request=request)

        cpu = measure(label, render, runs)[1]
        results[name] = (cpu, len(out[0]) / 1024)

    bench("sample", "PDF one-page sample (baseline)", "pdf/sample.html", SAMPLE)
    for kind in KINDS:
        context = document(build_content(case, kind, options_for(kind)))
        bench(kind, f"PDF {kind}", "pdf/letter.html", context)
    # A name outside the GB2312 subset: the same letter, with the extended font loaded.
    rare = {**options_for("complaint_lender"), "sender_name": "王䶮"}
    context = document(build_content(case, "complaint_lender", rare))
    bench(
        "complaint_lender (name 王䶮)",
        "PDF complaint_lender, name 王䶮",
        "pdf/letter.html",
        context,
    )

    memory_after_letters(lambda: render_pdf("pdf/letter.html", context, request=request))
    base_ms, base_kb = results.pop("sample")
    print(
        f"{'PDF CPU time, size and ratios to the sample':<46} sample {base_ms:.1f} ms CPU, "
        f"{base_kb:.1f} KB (targets: <= {TARGET_MS} ms CPU, <= x{TARGET_RATIO} the sample)"
    )
    for kind, (ms, kb) in results.items():
        print(
            f"  {kind:<32} {ms:7.1f} ms  x{ms / base_ms:4.2f}   {kb:6.1f} KB  x{kb / base_kb:4.2f}"
        )


def resident_mb() -> float:
    """The process's resident memory now (not its peak), from /proc."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def memory_after_letters(make_letter, count=MEMORY_LETTERS):
    """A worker's memory over many letters: it should stay flat (issue 18; the layout's
    garbage was once kept, about 1 MB a letter)."""
    make_letter()
    before = resident_mb()
    for _ in range(count):
        make_letter()
    grown = resident_mb() - before
    print(
        f"{'PDF memory over ' + str(count) + ' letters':<46} {before:.0f} -> "
        f"{before + grown:.0f} MB, +{grown:.1f} MB (target: <= +{MEMORY_TARGET_MB} MB)"
    )
