"""Share → volunteer view → revoke, through the views a borrower and a volunteer use."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from assistant.sharing.models import Share, ShareCode
from tests.accounts.conftest import PASSWORD
from tests.sharing.conftest import share, sign_in

DASHBOARD = "volunteer:dashboard"


def detail(case):
    return reverse("cases:detail", args=[case.pk])


def make_code_as_owner(client, case):
    client.login(username="alice", password=PASSWORD)
    client.post(reverse("sharing:create_code", args=[case.pk]))
    page = client.get(detail(case)).content.decode()
    return re.search(r"<strong>([A-Z0-9]{4}-[A-Z0-9]{4})</strong>", page).group(1)


def test_the_owner_sees_a_new_code_once(client, case):
    client.login(username="alice", password=PASSWORD)
    response = client.post(reverse("sharing:create_code", args=[case.pk]))
    assert response.status_code == 302
    first = client.get(detail(case)).content.decode()
    assert re.search(r"<strong>[A-Z2-9]{4}-[A-Z2-9]{4}</strong>", first)
    again = client.get(detail(case)).content.decode()
    assert not re.search(r"<strong>[A-Z2-9]{4}-[A-Z2-9]{4}</strong>", again)
    assert "1 个分享码还没有用" in again


def test_a_volunteer_without_a_code_sees_nothing(client, case, volunteer):
    sign_in(client, volunteer)
    page = client.get(reverse(DASHBOARD))
    assert page.status_code == 200
    assert str(case) not in page.content.decode()
    assert client.get(detail(case)).status_code == 404
    assert client.get(reverse("calls:list", args=[case.pk])).status_code == 404


def test_someone_who_is_not_a_volunteer_has_no_workspace(client, bob):
    client.force_login(bob)
    assert client.get(reverse(DASHBOARD)).status_code == 404


def test_a_volunteer_enters_the_code_and_helps_until_the_owner_revokes(client, case, volunteer):
    code = make_code_as_owner(client, case)
    sign_in(client, volunteer)
    response = client.post(reverse(DASHBOARD), {"code": code.lower()})
    assert response.status_code == 302
    workspace = client.get(reverse(DASHBOARD)).content.decode()
    assert detail(case) in workspace
    assert client.get(detail(case)).status_code == 200
    assert client.get(reverse("calls:list", args=[case.pk])).status_code == 200
    # They can draft a letter for the borrower.
    new_letter = reverse("letters:new", args=[case.pk, "debt_details_request"])
    assert client.get(new_letter).status_code == 200

    client.login(username="alice", password=PASSWORD)
    owner_page = client.get(detail(case)).content.decode()
    assert volunteer.username in owner_page
    share_row = Share.objects.get(case=case, volunteer=volunteer)
    assert share_row.last_viewed_at is not None
    client.post(reverse("sharing:revoke", args=[case.pk, share_row.pk]))

    sign_in(client, volunteer)
    assert client.get(detail(case)).status_code == 404
    assert client.get(new_letter).status_code == 404
    assert detail(case) not in client.get(reverse(DASHBOARD)).content.decode()


def test_an_expired_code_is_refused_with_a_clear_message(client, case, volunteer):
    code = make_code_as_owner(client, case)
    ShareCode.objects.update(expires_at=timezone.now() - datetime.timedelta(minutes=1))
    sign_in(client, volunteer)
    response = client.post(reverse(DASHBOARD), {"code": code}, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400
    assert "过期" in response.content.decode()  # the URL is the Chinese one
    assert code in response.content.decode()  # what they typed stays in the box
    assert client.get(detail(case)).status_code == 404


def test_only_the_owner_makes_codes_and_revokes(client, case, volunteer, shared):
    sign_in(client, volunteer)
    assert client.post(reverse("sharing:create_code", args=[case.pk])).status_code == 404
    revoke = reverse("sharing:revoke", args=[case.pk, shared.pk])
    assert client.post(revoke).status_code == 404
    assert client.get(reverse("sharing:log", args=[case.pk])).status_code == 404
    assert Share.objects.active().filter(pk=shared.pk).exists()
    assert ShareCode.objects.filter(claimed_at__isnull=True).count() == 0


def test_the_owners_data_export_leaves_out_cases_shared_with_a_volunteer(
    client, case, volunteer, shared
):
    sign_in(client, volunteer)
    account = client.get(reverse("account:index")).content.decode()
    assert detail(case) not in account


@pytest.mark.parametrize("internal", [False, True])
def test_notes_reach_the_borrower_unless_internal(client, case, volunteer, shared, internal):
    sign_in(client, volunteer)
    data = {"text": "我们下周一起打电话给平台。", **({"internal": "on"} if internal else {})}
    response = client.post(reverse("sharing:add_note", args=[case.pk]), data)
    assert response.status_code == 302
    assert "我们下周一起打电话给平台" in client.get(detail(case)).content.decode()
    client.login(username="alice", password=PASSWORD)
    seen = "我们下周一起打电话给平台" in client.get(detail(case)).content.decode()
    assert seen is not internal


def test_an_empty_note_comes_back_with_a_message(client, case, volunteer, shared):
    sign_in(client, volunteer)
    response = client.post(reverse("sharing:add_note", args=[case.pk]), {"text": ""})
    assert response.status_code == 400
    assert 'class="error"' in response.content.decode()


def test_a_letter_the_volunteer_drafted_is_on_the_owners_page(client, case, volunteer, shared):
    from assistant.letters.models import Letter

    sign_in(client, volunteer)
    drafted = client.post(
        reverse("letters:new", args=[case.pk, "debt_details_request"]),
        {"sender_name": "李明华", "sender_phone": "13800000000"},
    )
    letter = Letter.objects.get(case=case)
    assert drafted["Location"] == reverse("letters:detail", args=[letter.pk])

    client.logout()
    client.login(username="alice", password=PASSWORD)
    owner_page = client.get(detail(case)).content.decode()
    assert reverse("letters:detail", args=[letter.pk]) in owner_page
    letter_page = client.get(reverse("letters:detail", args=[letter.pk])).content.decode()
    assert "李明华" in letter_page


def test_a_second_code_for_a_shared_case_keeps_one_share(client, case, volunteer, shared):
    again = share(case, volunteer)
    assert again.pk == shared.pk


def test_the_owner_cancels_a_code_read_to_the_wrong_person(client, case, volunteer):
    code = make_code_as_owner(client, case)
    assert client.post(reverse("sharing:cancel_codes", args=[case.pk])).status_code == 302
    assert "cancel" not in client.get(detail(case)).content.decode()
    sign_in(client, volunteer)
    assert client.post(reverse(DASHBOARD), {"code": code}).status_code == 400
    assert client.get(detail(case)).status_code == 404
