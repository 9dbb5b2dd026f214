"""The one reader of case files refuses, with the field named, whatever could not be stored
or shown: deep nesting, huge numbers, dates the site cannot count with, texts longer than
their columns or holding NUL, more calls than a case may hold. What it accepts is cleaned of
control characters. The account import, `import_case` and `assess` all go through it."""

import json

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse

from assistant.assessment import limits
from assistant.assessment.casefile import TEXT_FIELDS, CaseFileError, parse
from assistant.calls.models import Call
from assistant.cases.casefiles import read_case_file
from assistant.cases.models import Case
from tests.cases.conftest import scenario


def base():
    return scenario("xinyongfei-day5")


def problems(data):
    with pytest.raises(CaseFileError) as raised:
        parse(data)
    return raised.value.errors


def with_call(**values):
    data = base()
    data["calls"][0].update(values)
    return data


def test_first_missed_due_date_in_year_9999_is_refused():
    data = base()
    data["first_missed_due_date"] = "9999-12-31"
    assert problems(data) == ["first_missed_due_date: must be between 1970-01-01 and 2099-12-31"]


@pytest.mark.parametrize("moment", ["0001-01-01T00:30:00+08:00", "9999-12-31T23:30:00-08:00"])
def test_call_times_at_the_ends_of_the_calendar_are_refused(moment):
    assert problems(with_call(at=moment)) == [
        "calls[0].at: must be between 1970-01-01 and 2099-12-31"
    ]


def test_as_of_and_repayment_dates_are_checked_too():
    data = base()
    data["as_of"] = "1900-01-01"
    data["loan"] = {"repayments": [{"due": "2100-01-01", "amount": "1.00"}]}
    assert sorted(problems(data)) == [
        "as_of: must be between 1970-01-01 and 2099-12-31",
        "loan.repayments[0].due: must be between 1970-01-01 and 2099-12-31",
    ]


def test_a_duration_of_ten_to_the_thirty_is_refused():
    assert problems(with_call(duration_minutes=10**30)) == [
        "calls[0].duration_minutes: must be a whole number from 0 to 1440"
    ]


def test_an_amount_too_large_for_its_column_is_refused():
    data = base()
    data["principal"] = "123456789012.00"
    assert problems(data) == [
        'principal: must be a decimal string ≥ 0 with at most 2 decimals, e.g. "8000.00"'
    ]
    data["principal"] = "9999999999.99"
    assert str(parse(data).principal) == "9999999999.99"


@pytest.mark.parametrize("field", sorted(TEXT_FIELDS))
def test_each_text_longer_than_its_column_is_refused(field):
    most, _ = TEXT_FIELDS[field]
    data = base()
    where, _, key = field.rpartition(".")
    target = {"": data, "lender": data["lender"], "calls": data["calls"][0]}[where]
    target[key] = "汉" * most
    parse(data)  # exactly as long as the column: kept
    target[key] = "汉" * (most + 1)
    shown = {"calls": f"calls[0].{key}", "lender": f"lender.{key}", "": key}[where]
    assert problems(data) == [f"{shown}: must be at most {most} characters"]


def test_the_text_limits_are_the_database_columns():
    columns = {
        "lender.name": Case._meta.get_field("lender_name").max_length,
        "product": Case._meta.get_field("product").max_length,
        "calls.number": Call._meta.get_field("number").max_length,
        "calls.organisation": Call._meta.get_field("organisation").max_length,
        "calls.collector": Call._meta.get_field("collector").max_length,
    }
    from assistant.calls.forms import SUMMARY_MAX

    assert {field: most for field, (most, _) in TEXT_FIELDS.items()} == {
        **columns,
        "calls.summary": SUMMARY_MAX,
    }


def test_nul_in_a_text_is_refused_with_the_field_named():
    data = with_call(collector="王\x00经理")
    data["lender"]["name"] = "信用\x00飞"
    assert sorted(problems(data)) == [
        "calls[0].collector: must not contain NUL characters",
        "lender.name: must not contain NUL characters",
    ]


def test_control_characters_are_cleaned_from_names_and_texts():
    data = with_call(collector="王经理\r\n\x1b[31m", summary="第一行\r\n第二行\x07\t完")
    data["lender"]["name"] = "信用飞\nBEGIN:VEVENT"
    case = parse(data)
    assert case.lender.name == "信用飞 BEGIN:VEVENT"
    assert case.calls[0].collector == "王经理 [31m"
    assert case.calls[0].summary == "第一行\n第二行 完"


def test_deep_nesting_is_refused():
    data = base()
    deep = []
    for _ in range(900):
        deep = [deep]
    data["calls"][0]["conduct"] = deep
    assert problems(data) == ["case file: is nested more deeply than a case file ever is"]


def test_a_file_nested_deeper_than_json_can_read_is_refused(tmp_path):
    path = tmp_path / "deep.json"
    path.write_text('{"calls": ' + "[" * 100_000 + "]" * 100_000 + "}")
    with pytest.raises(CaseFileError, match="嵌套层数太深"):
        read_case_file(path)


def test_a_number_of_five_thousand_digits_is_refused(tmp_path):
    path = tmp_path / "digits.json"
    path.write_text(
        '{"format": "anxin.case/1", "calls": [{"duration_minutes": ' + "9" * 5000 + "}]}"
    )
    with pytest.raises(CaseFileError, match="太长的数字"):
        read_case_file(path)


def test_more_calls_than_a_case_may_hold_are_refused_before_they_are_read():
    most = limits.value("calls_per_case")
    data = base()
    data["calls"] = [{"at": "not a time"}] * (most + 1)
    assert problems(data) == [f"calls: may hold at most {most} entries"]


def test_a_file_with_thousands_of_mistakes_lists_fifty():
    data = base()
    data["calls"] = [{"at": "not a time", "channel": "pigeon"}] * 1000
    errors = problems(data)
    assert len(errors) == 51
    assert errors[-1] == "case file: 1950 more problems not listed"


def test_too_many_repayments_are_refused():
    most = limits.value("repayments_per_case")
    data = base()
    data["loan"] = {"repayments": [{"due": "2026-01-15", "amount": "1.00"}] * (most + 1)}
    assert problems(data) == [f"loan.repayments: may hold at most {most} entries"]


def test_an_unknown_key_of_a_megabyte_is_named_briefly():
    data = base()
    data["x" * 1_000_000] = 1
    (line,) = problems(data)
    assert line == "x" * 40 + "…: unknown key"


# The same reader behind every way in.


@pytest.fixture
def far_future(tmp_path):
    data = base()
    data["first_missed_due_date"] = "9999-12-31"
    path = tmp_path / "far.case.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.django_db
def test_import_case_refuses_it_and_stores_nothing(far_future):
    User.objects.create_user("ana")
    with pytest.raises(CommandError, match="first_missed_due_date"):
        call_command("import_case", str(far_future), "--user", "ana")
    assert not Case.objects.exists()


def test_assess_refuses_it(far_future):
    with pytest.raises(CommandError, match="first_missed_due_date: must be between"):
        call_command("assess", str(far_future))


@pytest.mark.django_db
def test_the_import_page_names_the_field_in_the_readers_language(client, far_future):
    upload = SimpleUploadedFile("far.json", far_future.read_bytes(), "application/json")
    response = client.post(reverse("account:import"), {"case_file": upload})
    assert response.status_code == 400
    page = response.content.decode()
    assert "first_missed_due_date" in page
    assert "1970-01-01" in page and "2099-12-31" in page
    assert "日期" in page
    assert not Case.objects.exists()


@pytest.mark.django_db
def test_the_import_page_says_how_many_calls_a_case_may_hold(client):
    data = base()
    data["calls"] = data["calls"] * 3
    upload = SimpleUploadedFile("many.json", json.dumps(data).encode(), "application/json")
    with limits.override(calls_per_case=2):
        response = client.post(reverse("account:import"), {"case_file": upload})
    assert response.status_code == 400
    assert "calls" in response.content.decode()
    assert "2" in response.content.decode()
    assert not Case.objects.exists()
