"""Reading a case for its owner (cases/access.py): the fixed statement gives the case the
ORM gives, value for value and type for type, on SQLite and PostgreSQL alike."""

import datetime
from decimal import Decimal

import pytest
from django.test import RequestFactory

from assistant.cases.access import _own_case, _read_case
from assistant.cases.models import Case
from assistant.cases.records import import_case
from tests.cases.conftest import scenario

pytestmark = pytest.mark.django_db


def imported(name):
    return import_case(scenario(name), owner=lambda c: setattr(c, "owner_token", "t"))


def fields(case):
    return {f.attname: getattr(case, f.attname) for f in Case._meta.concrete_fields}


def test_a_case_read_by_its_id_is_the_case_the_orm_reads():
    case = import_case(
        scenario("huabei-day40-flood"), owner=lambda c: setattr(c, "owner_token", "t")
    )
    Case.objects.filter(pk=case.pk).update(
        monthly_income=Decimal("5200.50"), hardship=["job_loss", "illness"], credit_reported=False
    )

    read, orm = _read_case(case.pk), Case.objects.get(pk=case.pk)

    assert fields(read) == fields(orm)
    assert {k: type(v) for k, v in fields(read).items()} == {
        k: type(v) for k, v in fields(orm).items()
    }
    assert isinstance(read.first_missed_due_date, datetime.date)
    assert read.monthly_income == Decimal("5200.50") and read.hardship == ["job_loss", "illness"]
    assert read.credit_reported is False
    read.lender_name = "改过的名字"
    read.save(update_fields=["lender_name"])  # a case read this way saves like any other
    assert Case.objects.get(pk=case.pk).lender_name == "改过的名字"


def test_no_such_case_is_none_and_someone_elses_is_none():
    case = imported("xinyongfei-day5")
    request = RequestFactory().get("/")
    request.user = type("Anonymous", (), {"is_authenticated": False})()
    request.session = {"anxin_owner": "someone-else"}

    assert _read_case(case.pk + 1000) is None
    assert _own_case(request, case.pk) is None
    request.session = {"anxin_owner": "t"}
    assert _own_case(request, case.pk).pk == case.pk
