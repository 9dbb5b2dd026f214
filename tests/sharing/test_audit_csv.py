"""The admin's CSV of the audit log opens in Excel and WPS like the borrower's CSV files."""

import csv
import io

from django.contrib.auth import get_user_model
from django.urls import reverse

from assistant.sharing.models import AuditEntry
from tests.accounts.conftest import PASSWORD
from tests.sharing.conftest import sign_in_staff


def exported(client, entries):
    admin = get_user_model().objects.create_superuser("root", password=PASSWORD)
    sign_in_staff(client, admin)
    response = client.post(
        reverse("admin:sharing_auditentry_changelist"),
        {"action": "export_csv", "_selected_action": [entry.pk for entry in entries]},
    )
    assert response.status_code == 200
    return response.content.decode("utf-8")


def test_the_audit_csv_starts_with_the_mark_excel_needs_for_chinese(client, case):
    entry = AuditEntry.objects.create(
        case=case, volunteer_name="王志愿", url_name="cases:detail", method="GET"
    )
    text = exported(client, [entry])
    assert text.startswith("\ufeff")
    assert list(csv.reader(io.StringIO(text[1:])))[1][2] == "王志愿"


def test_a_name_that_looks_like_a_formula_is_shown_not_run(client, case):
    entry = AuditEntry.objects.create(
        case=case, volunteer_name='=HYPERLINK("http://x.example")', url_name="x", method="GET"
    )
    rows = list(csv.reader(io.StringIO(exported(client, [entry])[1:])))
    assert rows[1][2] == '\'=HYPERLINK("http://x.example")'
