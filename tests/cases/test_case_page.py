import datetime
import re

import pytest
import time_machine
from django.urls import reverse

from assistant.cases.models import Case
from assistant.cases.records import assess_case, case_to_file, import_case
from tests.cases.conftest import own, scenario

pytestmark = pytest.mark.django_db


def page(client, case, language="zh-hans"):
    return client.get(f"/{language}/cases/{case.pk}/")


def test_the_page_opens_with_days_overdue_and_the_stage(client, my_case):
    text = page(client, my_case).text
    assert "逾期 5 天" in text
    assert "委外催收" in text  # the stage: a collection company calls on day 5


def test_the_timeline_marks_where_you_are(client, my_case):
    text = page(client, my_case).text
    assert text.count('aria-current="step"') == 1
    assert "你在这里" in text


def test_the_page_lists_three_actions_and_fitting_letters(client, my_case):
    response = page(client, my_case, "en")
    assert response.context["actions"] and len(response.context["actions"]) == 3
    kinds = [letter["kind"] for letter in response.context["letters"]]
    assert "complaint_lender" in kinds and "stop_third_party_contact" in kinds


def test_logged_conduct_is_summarised_with_its_rule(client, my_case):
    text = page(client, my_case, "en").text
    assert "after 22:00" in text
    assert "GB/T 45251-2025" in text


def test_every_cited_source_shows_when_it_was_last_reviewed(client, my_case):
    text = page(client, my_case, "en").text
    assert text.count('class="source"') == text.count("last reviewed") > 0


def test_unverified_sources_carry_the_check_the_official_text_caveat(client, my_case):
    response = page(client, my_case, "en")
    unverified = [s for s in response.context["flag_rules"] if not s["source"].verified]
    assert unverified, "the scenario cites at least one [V] source"
    assert "official text" in response.text


def test_the_rate_check_shows_when_a_schedule_was_given(client):
    case = own(client, "apr-flat-fee-loan")
    response = page(client, case, "en")
    assert response.context["apr_percent"].endswith("%")
    assert "Real yearly rate" in response.text


def test_someone_elses_case_is_not_found(client, my_case, someone_elses_case):
    assert page(client, someone_elses_case).status_code == 404


def test_a_case_that_does_not_exist_is_not_found(client, my_case):
    assert client.get("/zh-hans/cases/999999/").status_code == 404


def test_the_list_shows_my_cases_most_urgent_first_and_the_total(client, my_case):
    later = import_case(
        scenario("huabei-day40-flood"), owner=lambda c: setattr(c, "owner_token", "me-token")
    )
    response = client.get(reverse("cases:list"))
    rows = [row["case"] for row in response.context["rows"]]
    assert rows == [later, my_case]
    assert response.context["total_owed"] == my_case.owed + later.owed


def test_the_list_never_shows_other_peoples_cases(client, someone_elses_case):
    response = client.get(reverse("cases:list"))
    assert response.context["rows"] == []


@time_machine.travel("2026-02-20 12:00 +0800", tick=False)
def test_the_wizard_gives_the_same_assessment_as_importing_the_file(client):
    new = reverse("cases:new")
    for data in (
        {"step": "lender", "lender_name": "某借款平台", "lender_type": "online_platform"},
        {"step": "money", "principal": "10000", "first_missed_due_date": "2026-02-15"},
        {"step": "events"},
        {"step": "finances", "monthly_income": "4000", "essential_costs": "2800",
         "hardship": ["illness"]},
        {"step": "loan", "amount_received": "10000", "instalment": "1000", "instalments": "12",
         "first_instalment_due": "2026-02-15"},
        {"step": "review"},
    ):  # fmt: skip
        client.post(new, data)
    from_wizard = Case.objects.get()
    from_file = import_case(scenario("apr-flat-fee-loan"), owner=lambda c: None)
    assert assess_case(from_wizard) == assess_case(from_file)
    wizard_file, imported_file = case_to_file(from_wizard), case_to_file(from_file)
    imported_file.pop("as_of")
    assert wizard_file == imported_file


def test_flag_texts_quote_the_registry_so_a_correction_is_data_only(client, my_case, monkeypatch):
    from assistant.assessment import registry as registry_module
    from assistant.cases import presenting

    corrected = registry_module.default_registry().with_overrides(
        thresholds={"collection_window_end": "21:00"}
    )
    monkeypatch.setattr(presenting, "default_registry", lambda: corrected)
    text = page(client, my_case, "en").text
    assert "after 21:00 or before 08:00" in text


def test_letters_already_started_are_listed_with_their_state(client, my_case):
    from tests.letters.conftest import make_letter

    letter = make_letter(client, my_case, "complaint_lender")
    response = page(client, my_case, "en")
    assert reverse("letters:detail", args=[letter.pk]) in response.text
    assert "version 1, draft" in response.text


def test_fitting_letters_link_to_the_letter_form(client, my_case):
    response = page(client, my_case, "en")
    assert reverse("letters:new", args=[my_case.pk, "complaint_lender"]) in response.text


def test_it_says_why_a_case_is_ahead_of_its_day_count(client, my_case):
    # Day 5 with a collection company: the outsourced stage, which usually starts on day 31.
    response = page(client, my_case, "en")
    assert response.context["moved_ahead"] is True
    assert "Going by the days alone" in response.text


def test_the_index_at_the_top_leads_to_each_section_on_the_page(client, my_case):
    text = page(client, my_case, "en").text
    index = text[text.index('class="on-this-page"') : text.index("</details>")]
    targets = re.findall(r'href="#([\w-]+)"', index)
    assert "actions-h" in targets and "channels-h" in targets and "sharing-h" in targets
    for target in targets:
        assert f'id="{target}"' in text, target


def test_a_persons_loan_is_measured_against_four_times_the_lpr_of_its_contract(client):
    from tests.assessment.test_private_lending import loan

    session = client.session
    session["anxin_owner"] = "me-token"
    session.save()
    case = import_case(
        loan("private", datetime.date(2026, 2, 15), "916.80"),
        owner=lambda c: setattr(c, "owner_token", "me-token"),
    )
    text = " ".join(page(client, case, "en").text.split())
    assert "above 12.00% per year, four times the one-year LPR of 3.00%" in text
    assert "(2026-01-15)" in text
    chinese = " ".join(page(client, case).text.split())
    assert "超过了 12.00%" in chinese and "一年期LPR 3.00% 的4倍" in chinese
