"""The budget form in the hardship letters: what is left each month, the plan, and its letter."""

from assistant.letters.models import Letter
from tests.letters.conftest import make_letter, own, url
from tests.letters.test_pdf import pdf_text

BUDGET = {
    "income": "5000",
    "cost_housing": "1500",
    "cost_food": "1200",
    "cost_transport": "500",
    "other_debts": "600",
}


def post(client, case, data, kind="hardship_instalments", htmx=False, **extra):
    headers = {"HTTP_HX_REQUEST": "true"} if htmx else {}
    return client.post(url("new", case.pk, kind, language="en"), data, **headers, **extra)


def test_typing_the_budget_updates_what_is_left_and_the_plan(client, my_case):
    data = {**BUDGET, "plan_total": "8000", "calculate": "1"}

    response = post(client, my_case, data, htmx=True)

    page = response.content.decode()
    assert page.lstrip().startswith('<section id="plan-check"')  # only the partial
    assert "1200.00 yuan a month left for repayment" in page
    # The plan offers 80% of what is left, in whole yuan, and says why.
    assert "960.00 yuan a month repays 8000.00 yuan in 9 months" in page
    assert "<td>Months 1–8</td><td>960.00</td>" in page
    assert "<td>Month 9</td><td>320.00</td>" in page
    assert "This keeps 240.00 yuan a month of what your budget leaves for the unexpected" in page
    assert not Letter.objects.exists()


def test_without_javascript_the_button_works_out_the_plan_on_the_whole_page(client, my_case):
    data = {**BUDGET, "plan_total": "8000", "sender_name": "李明华", "calculate": "1"}

    page = post(client, my_case, data).content.decode()

    assert "<html" in page
    assert "1200.00 yuan a month left for repayment" in page
    assert 'name="cost_housing" value="1500"' in page and 'value="李明华"' in page
    assert not Letter.objects.exists()


def test_a_plan_longer_than_the_longest_says_what_would_work(client, my_case):
    data = {**BUDGET, "plan_total": "100000"}

    page = post(client, my_case, data).content.decode()

    assert "would take 105 months, longer than the longest plan lenders agree to (60" in page
    assert "1666.67 yuan a month would repay it in 60 months" in page
    assert "Your budget leaves 1200.00 yuan a month, less than that" in page
    assert url("new", my_case.pk, "hardship_deferral", language="en") in page
    assert url("new", my_case.pk, "hardship_reduction", language="en") in page
    assert not Letter.objects.exists()


def test_nothing_left_over_says_an_instalment_plan_cannot_pay(client, my_case):
    data = {**BUDGET, "income": "3000", "plan_total": "8000"}

    page = post(client, my_case, data).content.decode()

    assert "0.00 yuan a month left for repayment" in page
    assert "your budget leaves nothing each month" in page
    assert url("new", my_case.pk, "hardship_deferral", language="en") in page
    assert not Letter.objects.exists()


def test_bad_budget_input_keeps_what_was_typed_with_a_message(client, my_case):
    data = {**BUDGET, "income": "五千", "plan_total": "8000"}

    page = post(client, my_case, data).content.decode()
    partial = post(client, my_case, {**data, "calculate": "1"}, htmx=True).content.decode()

    assert 'value="五千"' in page and 'role="alert"' in page
    assert "Monthly income after tax (yuan): Enter a number." in partial
    assert not Letter.objects.exists()


def test_the_letter_states_the_budget_by_category_and_the_schedule(client, my_case):
    data = {**BUDGET, "plan_total": "8000", "monthly": "", "hardship": ["job_loss"]}
    letter = make_letter(client, my_case, "hardship_instalments", **data)

    text = pdf_text(client.get(url("pdf", letter.pk)).content)

    assert "每月收入约人民币5,000.00元，必要生活支出约人民币3,200.00元" in text
    assert "（其中房租或房贷人民币1,500.00元、饮食人民币1,200.00元、交通人民币500.00元）" in text
    assert "每月可用于还款的金额约为人民币1,200.00元" in text
    assert "每月还款人民币960.00元，共9期，最后一期还款人民币320.00元" in text
    assert "第1—8期人民币960.00元第9期人民币320.00元" in text
    assert "留出约人民币240.00元以应对意外支出" in text
    schedule = letter.latest().content["schedule"]
    assert schedule["total"] == "8000.00"


def test_the_deferral_letter_has_the_budget_too(client):
    case = own(client, "card-100days-criminal-threat")
    page = client.get(url("new", case.pk, "hardship_deferral", language="en")).content.decode()
    assert 'name="income" value="5000.00"' in page
    assert "1200.00 yuan a month left for repayment" in page

    letter = make_letter(client, case, "hardship_deferral", **{**BUDGET, "income": "4000"})

    text = pdf_text(client.get(url("pdf", letter.pk)).content)
    assert "每月可用于还款的金额约为人民币200.00元" in text
