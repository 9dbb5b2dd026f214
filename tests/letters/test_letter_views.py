"""The letter flow: new → draft → edit (new version) → mark sent (frozen); privacy; bad input."""

import pytest

from assistant.letters.models import Letter, LetterVersion
from tests.letters.conftest import KIND_DATA, make_letter, own, url
from tests.letters.test_pdf import pdf_text, squeeze


def edit_data(letter, **changes):
    from assistant.letters.forms import EditForm

    version = letter.latest()
    data = {key: value or "" for key, value in EditForm.initial_from(version.content).items()}
    return {**data, "from_version": version.number, **changes}


def test_the_form_is_prefilled_from_the_case(client):
    case = own(client, "card-100days-criminal-threat")

    page = client.get(url("new", case.pk, "hardship_instalments")).content.decode()

    assert 'value="60000.00"' in page  # the principal
    assert 'name="income" value="5000.00"' in page  # the case's budget
    assert 'name="cost_other" value="3200.00"' in page
    assert 'name="other_debts" value="600.00"' in page
    assert "1200.00" in page  # what the budget leaves each month
    assert 'value="job_loss" id="id_hardship_0" checked' in page


def test_posting_the_form_saves_a_draft_and_redirects(client, my_case):
    response = client.post(url("new", my_case.pk, "complaint_lender"), {"sender_name": ""})

    letter = Letter.objects.get()
    assert response.status_code == 302
    assert response["Location"] == url("detail", letter.pk)
    version = letter.latest()
    assert version.number == 1 and not version.is_sent
    page = client.get(response["Location"]).content.decode()
    assert "关于催收行为的投诉" in page
    assert "________" in page


def test_an_unknown_kind_is_404(client, my_case):
    assert client.get(url("new", my_case.pk, "love_letter")).status_code == 404


def test_bad_input_comes_back_with_a_message_and_what_was_typed(client, my_case):
    data = {**KIND_DATA["hardship_instalments"], "monthly": "七百", "sender_name": "李明华"}

    response = client.post(url("new", my_case.pk, "hardship_instalments"), data)

    assert response.status_code == 200
    page = response.content.decode()
    assert 'role="alert"' in page
    assert 'value="七百"' in page and 'value="李明华"' in page
    assert not Letter.objects.exists()


def test_a_plan_that_is_too_long_says_what_monthly_amount_would_do(client, my_case):
    data = {**KIND_DATA["hardship_instalments"], "plan_total": "60000", "monthly": "700"}

    response = client.post(url("new", my_case.pk, "hardship_instalments", language="en"), data)

    page = response.content.decode()
    assert "86 months" in page and "1000.00 yuan a month" in page
    assert not Letter.objects.exists()


def test_the_credit_objection_needs_the_record(client, my_case):
    response = client.post(url("new", my_case.pk, "credit_objection"), {"record": ""})

    assert response.status_code == 200
    assert not Letter.objects.exists()


def test_an_edit_makes_a_new_version_and_keeps_the_old(client, my_case):
    letter = make_letter(client, my_case, "complaint_lender")

    response = client.post(
        url("edit", letter.pk), edit_data(letter, intro="我修改了开头。", facts="事实一\n\n事实二")
    )

    assert response.status_code == 302
    assert [v.number for v in letter.versions.all()] == [1, 2]
    assert letter.latest().content["facts"] == ["事实一", "事实二"]
    assert letter.versions.get(number=1).content["intro"] != "我修改了开头。"
    assert "我修改了开头。" in pdf_text(client.get(url("pdf", letter.pk)).content)
    old = client.get(url("pdf", letter.pk) + "?v=1").content
    assert "我修改了开头。" not in pdf_text(old)


def test_saving_without_changes_makes_no_version(client, my_case):
    letter = make_letter(client, my_case, "complaint_lender")

    client.post(url("edit", letter.pk), edit_data(letter))

    assert letter.versions.count() == 1


def test_an_empty_subject_is_refused_and_the_typing_kept(client, my_case):
    letter = make_letter(client, my_case, "complaint_lender")

    response = client.post(url("edit", letter.pk), edit_data(letter, subject="", intro="新开头"))

    assert response.status_code == 200
    assert "新开头" in response.content.decode()
    assert letter.versions.count() == 1


def test_preview_shows_the_change_without_saving(client, my_case):
    letter = make_letter(client, my_case, "complaint_lender")

    response = client.post(
        url("preview", letter.pk), edit_data(letter, intro="预览中的开头"), HTTP_HX_REQUEST="true"
    )

    page = response.content.decode()
    assert "预览中的开头" in page
    assert "<html" not in page  # only the preview partial
    assert letter.versions.count() == 1


def test_marking_sent_freezes_the_version(client, my_case):
    letter = make_letter(client, my_case, "complaint_lender")
    response = client.post(
        url("mark_sent", letter.pk),
        {"version": 1, "sent_on": "2026-11-28", "sent_channel": "post", "sent_reference": "A1"},
    )
    assert response.status_code == 302
    sent = letter.latest()
    assert sent.is_sent and sent.sent_channel == "post"

    client.post(url("edit", letter.pk), edit_data(letter, intro="寄出后的修改"))

    sent.refresh_from_db()
    assert sent.content["intro"] != "寄出后的修改"
    new = letter.latest()
    assert new.number == 2 and not new.is_sent and new.content["intro"] == "寄出后的修改"


def test_a_sent_version_cannot_be_sent_again_with_other_details(client, my_case):
    letter = make_letter(client, my_case, "complaint_lender")
    sent = {"version": 1, "sent_on": "2026-11-28", "sent_channel": "post"}
    client.post(url("mark_sent", letter.pk), sent)

    client.post(
        url("mark_sent", letter.pk), {**sent, "sent_on": "2026-12-01", "sent_channel": "email"}
    )

    version = LetterVersion.objects.get()
    assert str(version.sent_on) == "2026-11-28" and version.sent_channel == "post"


def test_a_bad_sent_date_is_refused(client, my_case):
    letter = make_letter(client, my_case, "complaint_lender")

    response = client.post(
        url("mark_sent", letter.pk), {"version": 1, "sent_on": "昨天", "sent_channel": "post"}
    )

    assert response.status_code == 200
    assert 'value="昨天"' in response.content.decode()
    assert not letter.latest().is_sent


def test_a_missing_version_is_404(client, my_case):
    letter = make_letter(client, my_case, "complaint_lender")

    assert client.get(url("detail", letter.pk) + "?v=9").status_code == 404
    assert client.get(url("pdf", letter.pk) + "?v=x").status_code == 404


@pytest.fixture
def their_letter(client, someone_elses_case):
    from assistant.letters.documents import create_letter
    from assistant.letters.kinds import build_content

    content = build_content(someone_elses_case, "complaint_lender", {})
    return create_letter(someone_elses_case, "complaint_lender", content)


def test_another_persons_case_and_letter_are_404_everywhere(client, my_case, their_letter):
    case = their_letter.case
    assert client.get(url("new", case.pk, "complaint_lender")).status_code == 404
    assert client.post(url("new", case.pk, "complaint_lender"), {}).status_code == 404
    for name in ("detail", "pdf"):
        assert client.get(url(name, their_letter.pk)).status_code == 404
    for name in ("edit", "preview", "mark_sent"):
        assert client.post(url(name, their_letter.pk), {}).status_code == 404
    assert their_letter.versions.count() == 1


def test_a_visitor_without_a_session_sees_nothing(client, their_letter):
    assert client.get(url("detail", their_letter.pk)).status_code == 404


def test_the_pdf_is_a_download(client, my_case):
    letter = make_letter(client, my_case, "debt_details_request")

    response = client.get(url("pdf", letter.pk))

    assert response["Content-Disposition"] == (
        f'attachment; filename="anxin-letter-{letter.pk}-v1.pdf"'
    )
    assert squeeze("关于提供借款明细及催收授权情况的申请") in pdf_text(response.content)


def test_the_page_works_in_english_and_the_letter_stays_chinese(client, my_case):
    letter = make_letter(client, my_case, "complaint_lender")

    page = client.get(url("detail", letter.pk, language="en")).content.decode()

    assert "Download the PDF" in page
    assert "关于催收行为的投诉" in page
