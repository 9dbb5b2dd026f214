"""Recording what was sent, its answer, and what the case page then shows."""

import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from assistant.followup.models import SentItem
from tests.accounts.conftest import add_letter
from tests.followup.conftest import DAY_15, DAY_16, record, url


def png_bytes():
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "white").save(buffer, "PNG")
    return buffer.getvalue()


PNG = png_bytes()


def case_page(client, case):
    return client.get(url("cases:detail", case.pk)).content.decode()


def test_a_complaint_recorded_on_its_own_shows_its_due_date(client, huabei, travel):
    travel(DAY_15)
    response = record(client, huabei, reference="TS-2026-0042")
    assert response.status_code == 302
    page = case_page(client, huabei)
    assert "Answers you are waiting for" in page
    assert "TS-2026-0042" in page
    assert "Due today, 2026-11-25." in page
    assert "银行业保险业消费投诉处理管理办法" in page  # the rule's source


def test_on_day_16_it_is_late_and_the_next_step_is_offered(client, huabei, travel):
    travel(DAY_16)
    record(client, huabei, reference="TS-2026-0042")
    item = SentItem.objects.get(case=huabei)
    page = case_page(client, huabei)
    assert "Due on 2026-11-25: 1 day late." in page
    assert "12378, the NFRA consumer hotline" in page  # after the lender, for pay-later
    assert f"/letters/new/complaint_regulator/?after={item.pk}" in page


def test_a_waiting_complaint_counts_the_days_left(client, huabei, travel):
    travel("2026-11-20 09:00 +0800")
    record(client, huabei)
    assert "Due by 2026-11-25: 5 days left." in case_page(client, huabei)


def test_bad_input_is_explained_and_kept(client, huabei, travel):
    travel(DAY_15)
    response = record(client, huabei, sent_on="2027-01-01", reference="KEEP-ME")
    assert response.status_code == 400
    page = response.content.decode()
    assert "This date is in the future." in page
    assert 'value="KEEP-ME"' in page
    assert not SentItem.objects.exists()


def test_the_answer_is_recorded_with_its_file(client, huabei, travel):
    travel(DAY_16)
    record(client, huabei)
    item = SentItem.objects.get()
    response = client.post(
        url("followup:edit", huabei.pk, item.pk),
        {
            "about": "complaint",
            "channel": "lender",
            "sent_on": "2026-11-10",
            "extension": "0",
            "reply_on": "2026-11-24",
            "answered_by": "客服部",
            "reply": "已为您申请停催。",
            "outcome": "resolved",
            "reply_file": SimpleUploadedFile("回复.png", PNG, content_type="image/png"),
        },
    )
    assert response.status_code == 302
    item.refresh_from_db()
    assert (item.outcome, item.reply_file_name) == ("resolved", "回复.png")
    page = case_page(client, huabei)
    assert "1 answered" in page and "day late" not in page
    download = client.get(url("followup:reply_file", huabei.pk, item.pk))
    assert download["Content-Disposition"].startswith("attachment")
    assert b"".join(download.streaming_content) == PNG


def test_a_file_that_is_not_an_answer_is_refused(client, huabei, travel):
    travel(DAY_15)
    response = record(
        client, huabei, reply_file=SimpleUploadedFile("x.png", b"MZ\x90\x00", "image/png")
    )
    assert response.status_code == 400
    assert "This file is not a screenshot" in response.content.decode()


def test_marking_a_letter_sent_tracks_it(client, huabei, travel):
    travel(DAY_15)
    letter = add_letter(huabei, "complaint_lender")
    data = {"version": "1", "sent_on": "2026-11-10", "sent_channel": "app", "sent_reference": "A7"}
    client.post(url("letters:mark_sent", letter.pk), data)
    item = SentItem.objects.get()
    assert (item.letter, item.channel, item.reference) == (letter, "in_app", "A7")
    assert "Due today, 2026-11-25." in case_page(client, huabei)


def test_escalation_letter_cites_the_first_complaint(client, huabei, travel):
    travel(DAY_16)
    record(client, huabei, reference="TS-2026-0042")
    item = SentItem.objects.get()
    page = client.get(
        url("letters:new", huabei.pk, "complaint_regulator") + f"?after={item.pk}"
    ).content.decode()
    tried = re.search(r'name="tried_with_lender"[^>]*>([^<]*)<', page).group(1)
    assert "2026年11月10日" in tried
    assert "TS-2026-0042" in tried
    assert "未收到任何答复" in tried


def test_a_payment_order_window_shows_on_the_case_page(client, huabei, travel):
    travel(DAY_15)
    response = client.post(url("followup:payment_order", huabei.pk), {"served_on": "2026-11-20"})
    assert response.status_code == 302
    assert "Due by 2026-12-05: 10 days left." in case_page(client, huabei)


@pytest.mark.parametrize("name", ["followup:tracker", "followup:new", "followup:payment_order"])
def test_another_persons_case_is_not_found(client, someone_elses_case, name):
    assert client.get(url(name, someone_elses_case.pk)).status_code == 404


def test_another_persons_item_is_not_found(client, huabei, someone_elses_case, travel):
    travel(DAY_15)
    theirs = SentItem.objects.create(
        case=someone_elses_case, channel="lender", sent_on="2026-11-10"
    )
    assert client.get(url("followup:edit", someone_elses_case.pk, theirs.pk)).status_code == 404
    assert client.get(url("followup:edit", huabei.pk, theirs.pk)).status_code == 404


def test_the_day_turns_at_midnight_in_shanghai_not_utc(client, huabei, travel):
    travel("2026-11-25 16:30 +0000")  # 00:30 on 26 November in Shanghai: day 16
    record(client, huabei)
    assert "Due on 2026-11-25: 1 day late." in case_page(client, huabei)
