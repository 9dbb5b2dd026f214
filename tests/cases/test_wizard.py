import pytest
from django.urls import reverse

from assistant.cases.models import Case
from tests.html_forms import form_values, option_values, value_of

pytestmark = pytest.mark.django_db
NEW = reverse("cases:new")

LENDER = {"step": "lender", "lender_name": "信用飞", "lender_type": "", "product": ""}
MONEY = {
    "step": "money",
    "principal": "8,000",
    "amount_demanded": "9120.50元",
    "first_missed_due_date": "2026-11-15",
}
EVENTS = {
    "step": "events",
    "third_party_collector": "yes",
    "contacts_reached": "no",
    "credit_reported": "unknown",
    "court_papers": "no",
}
FINANCES = {
    "step": "finances",
    "monthly_income": "4000",
    "essential_costs": "2800",
    "other_debt_payments": "500",
    "hardship": ["job_loss"],
}
LOAN = {
    "step": "loan",
    "amount_received": "10000",
    "instalment": "1000",
    "instalments": "12",
    "first_instalment_due": "2026-01-15",
}


def walk(client, *steps):
    for data in steps:
        response = client.post(NEW, data)
    return response


def test_first_screen_asks_who_the_debt_is_with(client):
    response = client.get(NEW)
    assert "债务是欠谁的" in response.text
    assert "第 1 步，共 6 步" in response.text
    assert "信用飞" in option_values(response.text)


def test_a_valid_step_redirects_to_the_next(client):
    response = client.post(NEW, LENDER)
    assert response.status_code == 302
    assert response["Location"] == f"{NEW}?step=money"


def test_a_bad_amount_comes_back_with_a_chinese_message_and_what_was_typed(client):
    walk(client, LENDER)
    response = client.post(
        NEW, {**MONEY, "principal": "八千", "first_missed_due_date": "2026-11-15"}
    )
    assert response.status_code == 200
    assert "输入一个数字" in response.text
    assert value_of(response.text, "principal") == "八千"
    assert value_of(response.text, "first_missed_due_date") == "2026-11-15"


def test_a_bad_date_comes_back_with_an_english_message_in_english(client):
    client.post("/en/cases/new/", LENDER)
    response = client.post("/en/cases/new/", {**MONEY, "first_missed_due_date": "31/31/2026"})
    assert "Enter a valid date." in response.text
    assert value_of(response.text, "first_missed_due_date") == "31/31/2026"


def test_back_keeps_the_answers_of_both_steps(client):
    walk(client, LENDER)
    response = client.post(NEW, {**MONEY, "principal": "abc", "back": "1"})
    assert response["Location"] == f"{NEW}?step=lender"
    assert value_of(client.get(response["Location"]).text, "lender_name") == "信用飞"
    assert value_of(client.get(f"{NEW}?step=money").text, "principal") == "abc"


def test_review_cannot_be_reached_before_the_required_steps(client):
    walk(client, LENDER)
    response = client.get(f"{NEW}?step=review")
    assert response["Location"] == f"{NEW}?step=money"


def test_the_lender_type_is_guessed_from_a_known_name(client):
    walk(client, LENDER, MONEY, EVENTS)
    review = client.get(f"{NEW}?step=review")
    assert "网络借贷平台" in review.text


def test_the_type_the_person_chose_wins_over_the_guess(client):
    walk(client, {**LENDER, "lender_type": "consumer_finance"}, MONEY, EVENTS)
    client.post(NEW, {"step": "review"})
    assert Case.objects.get().lender_type == "consumer_finance"


def test_optional_steps_can_be_skipped(client):
    walk(client, LENDER, MONEY, EVENTS, {"step": "finances"}, {"step": "loan"})
    response = client.post(NEW, {"step": "review"})
    case = Case.objects.get()
    assert response["Location"] == reverse("cases:detail", args=[case.pk])
    assert case.monthly_income is None
    assert case.repayments.count() == 0


def test_finishing_creates_the_case_with_everything_typed(client):
    walk(client, LENDER, MONEY, EVENTS, FINANCES, LOAN)
    client.post(NEW, {"step": "review"})
    case = Case.objects.get()
    assert case.lender_type == "online_platform"
    assert str(case.principal) == "8000.00"
    assert str(case.amount_demanded) == "9120.50"
    assert (case.third_party_collector, case.contacts_reached, case.credit_reported) == (
        True,
        False,
        None,
    )
    assert case.hardship == ["job_loss"]
    assert case.repayments.count() == 12
    assert case.repayments.last().due.isoformat() == "2026-12-15"


def test_finishing_clears_the_wizard_for_the_next_debt(client):
    walk(client, LENDER, MONEY, EVENTS, {"step": "review"})
    assert value_of(client.get(NEW).text, "lender_name") == ""


def test_a_half_filled_loan_plan_is_an_error_that_keeps_the_values(client):
    walk(client, LENDER, MONEY, EVENTS, FINANCES)
    response = client.post(NEW, {"step": "loan", "amount_received": "10000"})
    assert response.status_code == 200
    assert "请把这一项也填上" in response.text
    assert value_of(response.text, "amount_received") == "10000"


def test_htmx_gets_the_step_fragment(client):
    response = client.get(f"{NEW}?step=lender", HTTP_HX_REQUEST="true")
    assert "<html" not in response.text
    assert 'id="wizard"' in response.text


def test_lender_type_hint_preselects_the_type(client):
    response = client.get(
        reverse("cases:lender_type_hint"), {"lender_name": "招商银行信用卡"}, HTTP_HX_REQUEST="true"
    )
    assert form_values(response.text)["lender_type"] == ["bank_card"]


def test_a_due_date_a_year_ahead_is_judged_by_shanghais_today(clock):
    """Just after midnight in Shanghai it is still yesterday in many places: the form's
    "too far away" limit counts from Shanghai's date, not the server's."""
    from assistant.cases.forms import MoneyForm

    clock.travel("2026-11-21 00:30 +0800")
    form = MoneyForm({"principal": "8000", "first_missed_due_date": "2027-11-22"})
    assert form.is_valid(), form.errors


def hint(client, **query):
    response = client.get(reverse("cases:lender_type_hint"), query, HTTP_HX_REQUEST="true")
    return form_values(response.text)["lender_type"][0], response


def test_lender_type_hint_never_overwrites_a_type_the_borrower_chose(client):
    checked, _response = hint(client, lender_name="招商银行信用卡", lender_type="online_platform")
    assert checked == "online_platform"


def test_lender_type_hint_may_update_its_own_earlier_hint(client):
    checked, response = hint(
        client, lender_name="花呗", lender_type="bank_card", hinted="bank_card"
    )
    assert checked == "pay_later"
    assert 'name="hinted" value="pay_later"' in response.text


def test_lender_type_hint_after_a_choice_keeps_treating_it_as_a_choice(client):
    _checked, response = hint(client, lender_name="花呗", lender_type="bank_card", hinted="")
    assert 'name="hinted" value=""' in response.text


def test_the_name_field_sends_the_current_type_with_the_hint_request(client):
    text = client.get(f"{NEW}?step=lender").text
    assert 'hx-include="#lender-type input"' in text


def test_the_review_shows_every_answer_of_every_step(client):
    walk(client, LENDER, MONEY, EVENTS, FINANCES, LOAN)
    text = client.get(f"/en{NEW[len('/zh-hans') :]}?step=review").text
    for shown in ("信用飞", "¥8000", "¥9120.50", "2026-11-15", "Online lending platform"):
        assert shown in text
    assert "Has a collection company" in text and "Not sure" in text  # what has happened
    assert "¥4000" in text and "¥2800" in text and "I lost my job" in text  # finances
    assert "¥10000" in text and "2026-01-15" in text and ">12<" in text  # the loan


def test_unanswered_optional_steps_say_not_given(client):
    walk(client, LENDER, MONEY, EVENTS)
    text = client.get(f"/en{NEW[len('/zh-hans') :]}?step=review").text
    assert text.count("not given") >= 8


def test_change_from_the_review_returns_to_the_review(client):
    walk(client, LENDER, MONEY, EVENTS)
    change = client.get(f"{NEW}?step=money&then=review")
    assert 'name="then" value="review"' in change.text
    response = client.post(NEW, {**MONEY, "amount_demanded": "9500", "then": "review"})
    assert response["Location"] == f"{NEW}?step=review"
    assert "¥9500" in client.get(response["Location"]).text


def test_a_mistake_in_a_change_keeps_the_way_back_to_the_review(client):
    walk(client, LENDER, MONEY, EVENTS)
    response = client.post(NEW, {**MONEY, "first_missed_due_date": "someday", "then": "review"})
    assert response.status_code == 200
    assert 'name="then" value="review"' in response.text
