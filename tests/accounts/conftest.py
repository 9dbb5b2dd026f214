import pytest
from django.urls import reverse
from django.utils import translation

from assistant.cases.records import import_case
from tests.cases.conftest import scenario
from tests.conftest import PASSWORD  # noqa: F401 (the accounts tests import it from here)


@pytest.fixture(autouse=True)
def _db(db):
    """Accounts and cases live in the database: every test here may use it."""


def url(name, *args, language="en"):
    with translation.override(language):
        return reverse(f"account:{name}", args=args)


def case_of(user, name="xinyongfei-day5"):
    return import_case(scenario(name), owner=lambda c: setattr(c, "user", user))


def add_call_with_file(case, data=b"%PDF-1.4 evidence", name="催收短信.pdf"):
    """A call on `case` with one evidence file stored under MEDIA_ROOT."""
    import hashlib

    from django.core.files.base import ContentFile
    from django.utils.dateparse import parse_datetime

    from assistant.calls.models import Call, Evidence

    call = Call.objects.create(
        case=case, at=parse_datetime("2026-11-19T10:00+08:00"), channel="phone", summary="威胁"
    )
    item = Evidence(
        call=call,
        name=name,
        kind="pdf",
        content_type="application/pdf",
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
    )
    item.file.save(f"evidence/{case.pk}x{call.pk}/{name}", ContentFile(data), save=False)
    item.save()
    return call, item


def add_letter(case, kind="debt_details_request"):
    from assistant.letters.documents import create_letter
    from assistant.letters.kinds import build_content

    return create_letter(case, kind, build_content(case, kind, {}))


def zip_of(response):
    import io
    import zipfile

    return zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
