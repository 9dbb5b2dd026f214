"""Reply deadlines run from the institution's receipt, not from the day it was sent (FACTS §8)."""

from assistant.followup.models import SentItem
from tests.followup.conftest import DAY_15, record, url


def case_page(client, case):
    return client.get(url("cases:detail", case.pk)).content.decode()


def test_a_letter_received_three_days_after_posting_is_due_three_days_later(client, huabei, travel):
    travel(DAY_15)
    response = record(client, huabei, channel="lender", received_on="2026-11-13")
    assert response.status_code == 302
    assert SentItem.objects.get(case=huabei).received_on.isoformat() == "2026-11-13"
    assert "Due by 2026-11-28: 3 days left." in case_page(client, huabei)


def test_without_a_receipt_date_the_days_count_from_sending(client, huabei, travel):
    travel(DAY_15)
    record(client, huabei)
    assert "Due today, 2026-11-25." in case_page(client, huabei)


def test_a_receipt_before_the_sending_is_refused_and_the_form_kept(client, huabei, travel):
    travel(DAY_15)
    response = record(client, huabei, received_on="2026-11-01", reference="KEEP-ME")
    assert response.status_code == 400
    page = response.content.decode()
    assert "They cannot receive it before the day you sent it." in page
    assert 'value="KEEP-ME"' in page
    assert not SentItem.objects.exists()


def test_a_credit_complaint_to_the_pboc_is_due_30_days_after_receipt(client, huabei, travel):
    travel(DAY_15)
    record(client, huabei, channel="pboc_12363", received_on="2026-11-12")
    page = case_page(client, huabei)
    assert "Due by 2026-12-12: 17 days left." in page
    # 条例 art. 26 counts from acceptance, which may come later: the page says so.
    assert "this is the earliest date" in page


def test_a_complaint_to_the_lender_says_nothing_of_acceptance(client, huabei, travel):
    travel(DAY_15)
    record(client, huabei, channel="lender", received_on="2026-11-13")
    assert "this is the earliest date" not in case_page(client, huabei)
