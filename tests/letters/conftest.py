import pytest
from django.urls import reverse
from django.utils import translation

from assistant.cases.records import import_case
from tests.cases.conftest import own, scenario

TODAY = "2026-11-28 10:00 +0800"

# Answers for the kind-specific fields of the new-letter form.
KIND_DATA = {
    "complaint_lender": {},
    "complaint_regulator": {
        "recipient": "国家金融监督管理总局",
        "tried_with_lender": "已在App内投诉",
    },
    "credit_objection": {
        "record": "2026年11月的逾期记录",
        "reason": "该笔款项已于到期日前还清",
        "correction": "删除该逾期记录",
    },
    "debt_details_request": {},
    "stop_third_party_contact": {},
    "hardship_instalments": {
        "plan_total": "8000",
        "monthly": "700",
        "hardship": ["job_loss"],
        "evidence": "失业登记证明",
    },
    "hardship_deferral": {"deferral_months": "3", "hardship": ["illness"]},
    "hardship_reduction": {"lump_sum": "5000", "hardship": ["income_drop"]},
    "payment_order_objection": {
        "court": "某某区人民法院",
        "case_number": "（2026）某0101民督123号",
        "served_on": "2026-11-25",
        "reasons": ["amount_disputed"],
    },
    "defence_outline": {
        "court": "某某区人民法院",
        "case_number": "（2026）某0101民初456号",
        "served_on": "2026-11-25",
        "reasons": ["amount_disputed"],
    },
}


@pytest.fixture(autouse=True)
def _db(db):
    """Letters live in the database: every test here may use it."""


@pytest.fixture(autouse=True)
def _today(clock):
    clock.travel(TODAY)


@pytest.fixture
def my_case(client):
    return own(client, "xinyongfei-day5")


@pytest.fixture
def someone_elses_case():
    return import_case(
        scenario("huabei-day40-flood"), owner=lambda c: setattr(c, "owner_token", "other-token")
    )


def url(name, *args, language="zh-hans"):
    with translation.override(language):
        return reverse(f"letters:{name}", args=args)


def make_letter(client, case, kind, **extra):
    """POST the new-letter form; return the created letter."""
    from assistant.letters.models import Letter

    data = {"sender_name": "李明华", "sender_phone": "13800000000", **KIND_DATA[kind], **extra}
    response = client.post(url("new", case.pk, kind), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    return Letter.objects.get(case=case, kind=kind)
