"""calls:quick — a call logged before there is a case."""

import pytest
from django.urls import reverse

from assistant.calls.models import Call
from assistant.cases.models import Case
from tests.calls.conftest import add_call
from tests.cases.conftest import own

pytestmark = pytest.mark.django_db
URL = "/en/calls/quick/"


def save(client, **fields):
    return client.post(URL, {"at": "2026-11-21T11:50", "channel": "phone", **fields})


def test_the_form_opens_with_the_time_now_and_who_called(client):
    text = client.get(URL).text
    assert 'value="2026-11-21T12:00"' in text
    assert "Who called?" in text
    assert 'name="debt"' not in text  # no debts yet: nothing to choose


def test_one_tap_saves_the_call_in_a_new_case_started_from_it(client):
    response = save(client, organisation="某某资产管理", summary="说要联系我父母")
    call = Call.objects.get()
    case = call.case
    assert response["Location"] == f"{reverse('cases:detail', args=[case.pk])}?logged={call.pk}"
    assert case.details_pending
    assert case.lender_name == "某某资产管理"
    assert call.summary == "说要联系我父母"
    assert client.get(reverse("cases:detail", args=[case.pk])).status_code == 200


def test_the_new_case_is_the_visitors_own(client):
    save(client)
    case = Case.objects.get()
    assert list(Case.objects.filter(owner_token=client.session["anxin_owner"])) == [case]


def test_a_known_lender_name_gives_its_type(client):
    save(client, organisation="花呗")
    assert Case.objects.get().lender_type == "pay_later"


def test_the_case_page_asks_about_the_debt_and_says_the_call_is_saved(client):
    response = save(client, organisation="信用飞")
    text = client.get(response["Location"]).text
    assert "Saved in your call log" in text
    assert "Tell us about this debt" in text
    assert "days overdue" not in text  # no stage from a due date we do not know


def test_a_second_call_from_the_same_lender_goes_to_the_same_case(client):
    save(client, organisation="某某资产管理")
    save(client, organisation="某某资产管理 ", summary="又打来了")
    assert Case.objects.count() == 1
    assert Call.objects.count() == 2


def test_a_call_from_my_debts_lender_goes_to_that_debt(client):
    case = own(client, "xinyongfei-day5")
    save(client, organisation="信用飞")
    assert Call.objects.filter(case=case, organisation="信用飞").exists()
    assert Case.objects.count() == 1


def test_a_collection_company_that_called_before_is_recognised(client):
    case = own(client, "xinyongfei-day5")
    add_call(case, "2026-11-20T10:00+08:00", organisation="某某资产管理")
    save(client, organisation="某某资产管理")
    assert Call.objects.filter(case=case).count() == len(case.calls.all())
    assert Case.objects.count() == 1


def test_a_caller_matching_several_debts_is_asked_about_keeping_what_was_typed(client):
    first = own(client, "xinyongfei-day5")
    second = own(client, "huabei-day40-flood")
    for case in (first, second):
        add_call(case, "2026-11-20T10:00+08:00", organisation="某某资产管理")
    response = save(client, organisation="某某资产管理", summary="威胁上门")
    assert response.status_code == 200
    assert "Which debt is this call about?" in response.text
    assert "威胁上门" in response.text
    assert Call.objects.filter(summary="威胁上门").count() == 0
    save(client, organisation="某某资产管理", summary="威胁上门", debt=str(second.pk))
    assert Call.objects.get(summary="威胁上门").case == second


def test_without_a_name_a_visitor_with_debts_chooses_one(client):
    case = own(client, "xinyongfei-day5")
    assert 'name="debt"' in client.get(URL).text
    assert save(client).status_code == 200
    save(client, debt=str(case.pk), summary="x")
    assert Call.objects.get(summary="x").case == case


def test_another_debt_starts_a_new_case(client):
    own(client, "xinyongfei-day5")
    save(client, debt="new", summary="y")
    assert Call.objects.get(summary="y").case.details_pending


def test_a_name_no_debt_has_starts_a_new_case(client):
    own(client, "xinyongfei-day5")
    save(client, organisation="极融", summary="z")
    assert Call.objects.get(summary="z").case.lender_name == "极融"


def test_someone_elses_debt_cannot_be_chosen(client, someone_elses_case):
    own(client, "xinyongfei-day5")
    response = save(client, debt=str(someone_elses_case.pk))
    assert response.status_code == 200
    assert not someone_elses_case.calls.filter(at__day=21).exists()


def test_a_bad_time_comes_back_with_everything_typed(client):
    response = save(client, at="2026-13-45T99:99", organisation="信用飞", summary="骂人")
    assert response.status_code == 200
    assert "Please enter a real date and time" in response.text
    assert "骂人" in response.text and "信用飞" in response.text
    assert not Call.objects.exists()


def test_the_wizard_then_completes_the_case_with_the_lender_filled_in(client):
    save(client, organisation="信用飞")
    case = Case.objects.get()
    response = client.get(reverse("cases:details", args=[case.pk]))
    assert response["Location"].endswith("?step=lender")
    assert 'value="信用飞"' in client.get(response["Location"]).text
    client.post(reverse("cases:new"), {"step": "lender", "lender_name": "信用飞"})
    client.post(reverse("cases:new"), {"step": "money", "first_missed_due_date": "2026-11-01"})
    client.post(reverse("cases:new"), {"step": "events"})
    response = client.post(reverse("cases:new"), {"step": "review"})
    case.refresh_from_db()
    assert response["Location"] == reverse("cases:detail", args=[case.pk])
    assert not case.details_pending
    assert str(case.first_missed_due_date) == "2026-11-01"
    assert Case.objects.count() == 1 and case.calls.count() == 1
    assert "20 days overdue" in client.get(response["Location"]).text


def test_someone_elses_case_has_no_details_page(client, someone_elses_case):
    assert client.get(reverse("cases:details", args=[someone_elses_case.pk])).status_code == 404


def test_home_and_call_now_lead_to_the_quick_call(client):
    own(client, "xinyongfei-day5")
    assert f'href="{URL}"' in client.get("/en/").text
    assert f'href="{URL}"' in client.get("/en/help/call-now/").text


def test_my_debts_list_says_a_case_from_a_call_needs_its_details(client):
    save(client, organisation="某某资产管理")
    text = client.get("/en/cases/").text
    assert "Started from a call: tell us about this debt" in text
    assert "days overdue" not in text


def test_a_case_from_a_call_has_no_made_up_key_dates(client):
    from assistant.followup.keydates import key_dates

    save(client, organisation="某某资产管理")
    assert key_dates(Case.objects.get()) == []


def test_no_letter_is_written_before_the_debt_is_described(client):
    save(client, organisation="某某资产管理")
    case = Case.objects.get()
    response = client.get(reverse("letters:new", args=[case.pk, "complaint_lender"]))
    assert response["Location"] == reverse("cases:detail", args=[case.pk])


def test_the_evidence_summary_states_no_made_up_due_date(client):
    save(client, organisation="某某资产管理", summary="骂人")
    case = Case.objects.get()
    text = client.get(reverse("calls:evidence_html", args=[case.pk])).text
    assert "骂人" in text
    assert "首次逾期的到期日" not in text and "逾期天数" not in text


def test_an_account_holders_quick_call_starts_a_case_in_their_account(client, django_user_model):
    user = django_user_model.objects.create_user("li.ming", password="quiet-river-42")
    client.force_login(user)
    save(client, organisation="极融")
    assert Case.objects.get().user == user


def test_coming_back_to_the_details_keeps_what_was_typed(client):
    save(client, organisation="信用飞")
    case = Case.objects.get()
    client.get(reverse("cases:details", args=[case.pk]))
    client.post(
        reverse("cases:new"), {"step": "lender", "lender_name": "信用飞", "product": "借款"}
    )
    client.get(reverse("cases:details", args=[case.pk]))
    assert 'value="借款"' in client.get(f"{reverse('cases:new')}?step=lender").text
