"""The call log in `make bench`: the list page of a case with 10,000 calls, its CSV export,
and the evidence PDF of a case with 500 calls.

`run(measure)` is called by benchmarks/__main__.py once the throwaway database exists. The
calls are made in bulk (bulk_create): a realistic mix of channels, times (some at night,
some days over the limit), ticked conduct and what was said, spread over the last months.
Targets: the list page at most LIST_TARGET_MS median, the PDF at most PDF_TARGET_MS.
"""

import datetime
import random

from django.core.cache import caches
from django.test import Client
from django.urls import reverse
from django.utils import translation

from assistant.calls.models import Call
from assistant.cases.records import import_case

LIST_CALLS = 10_000
PDF_CALLS = 500
LIST_TARGET_MS = 50
PDF_TARGET_MS = 3_000
OWNER = "bench-calls"
SHANGHAI = datetime.timezone(datetime.timedelta(hours=8))
CHANNELS = ["phone"] * 6 + ["sms", "wechat", "app", "third_party"]
CONDUCT = [[]] * 6 + [
    ["threat_contact_third_party"],
    ["threat_arrest", "fake_documents"],
    ["insult"],
    ["threat_visit"],
]
SAID = [
    "",
    "说再不还钱就爆通讯录，通知你家人和单位。",
    "自称是律师事务所的，说已经立案了，明天就有传票。",
    "让我今天下午五点前把钱转到这个卡，是私人账户。",
    "态度还可以，只是问什么时候还款。",
    "说要上门找我，还说要去我老家。",
]


def case_with_calls(count, seed=1):
    """A case owned by OWNER with `count` calls made in one bulk insert."""
    case = import_case(
        {
            "format": "anxin.case/1",
            "as_of": "2026-11-21",
            "lender": {"name": "信用飞", "type": "online_platform"},
            "first_missed_due_date": "2026-08-15",
            "principal": "8000.00",
        },
        owner=lambda c: setattr(c, "owner_token", OWNER),
    )
    rng = random.Random(seed)
    end = datetime.datetime(2026, 11, 21, 12, tzinfo=SHANGHAI)
    calls = []
    for _ in range(count):
        at = end - datetime.timedelta(minutes=rng.randrange(0, 90 * 24 * 60))
        channel = rng.choice(CHANNELS)
        calls.append(
            Call(
                case=case,
                at=at,
                channel=channel,
                answered=rng.random() > 0.3,
                number=f"0{rng.randrange(10**9, 10**10)}",
                organisation=rng.choice(["", "某某资产管理公司", "某律师事务所"]),
                collector=rng.choice(["", "王经理", "李律师"]),
                duration_minutes=rng.choice([None, 1, 3, 12]),
                summary=rng.choice(SAID),
                conduct=rng.choice(CONDUCT),
            )
        )
    Call.objects.bulk_create(calls, batch_size=1000)
    return case


def owner_client():
    client = Client()
    session = client.session
    session["anxin_owner"] = OWNER
    session.save()
    return client


def checked_get(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return response


def run(measure):
    client = owner_client()
    big = case_with_calls(LIST_CALLS)
    with translation.override("zh-hans"):
        list_url = reverse("calls:list", args=[big.pk])
        csv_url = reverse("calls:export_csv", args=[big.pk])
        new_url = reverse("calls:new", args=[big.pk])
    measure(f"call list, {LIST_CALLS} calls, page 1", lambda: checked_get(client, list_url), 20)
    measure(
        f"call list, {LIST_CALLS} calls, page 200",
        lambda: checked_get(client, f"{list_url}?page=200"),
        10,
    )
    measure(
        f"call list, {LIST_CALLS}, flag filter",
        lambda: checked_get(client, f"{list_url}?flag=outside_hours"),
        10,
    )
    measure(
        f"call list, {LIST_CALLS}, after a new call",  # the cached index is made again
        lambda: (log_one(big), checked_get(client, list_url)),
        5,
    )
    measure(f"call form, {LIST_CALLS} calls logged", lambda: checked_get(client, new_url), 10)
    measure(f"CSV export, {LIST_CALLS} calls", lambda: checked_get(client, csv_url), 5)
    small = case_with_calls(PDF_CALLS, seed=2)
    pdf_url = reverse("calls:evidence_pdf", args=[small.pk])
    documents = caches["documents"]  # calls/kept_documents.py

    def fresh_pdf():
        documents.clear()  # laid out again, as the first download is
        checked_get(client, pdf_url)

    measure(f"evidence PDF, {PDF_CALLS} calls", fresh_pdf, 3)
    measure(
        f"evidence PDF, {PDF_CALLS} calls, repeat download",
        lambda: checked_get(client, pdf_url),
        10,
    )
    print(f"  targets: list page <= {LIST_TARGET_MS} ms median, PDF <= {PDF_TARGET_MS} ms")


def log_one(case):
    Call.objects.create(case=case, at=datetime.datetime.now(SHANGHAI), channel="sms")
