import re

import time_machine
from django.contrib.auth import get_user_model
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from assistant.volunteers.second_factor import new_recovery_codes
from tests.volunteers.conftest import url
from tests.volunteers.helpers import (
    PASSWORD,
    app_device,
    code_now,
    make_volunteer,
    verified_volunteer_client,
)

PATTERNS = url("volunteer:patterns")


def log_in(client, user):
    assert client.login(username=user.username, password=PASSWORD)
    return client


def enrol(client):
    """Scan (read the key of the pending device), confirm with its code; the recovery codes."""
    client.get(url("volunteer:enrol"))
    device = TOTPDevice.objects.get(confirmed=False)
    response = client.post(url("volunteer:enrol") + f"?next={PATTERNS}", {"code": code_now(device)})
    assert response.status_code == 302
    page = client.get(response.url)
    return page.context["codes"], page


def test_a_volunteer_without_the_second_factor_is_sent_to_set_it_up(client, vera):
    response = log_in(client, vera).get(PATTERNS)
    assert response.status_code == 302
    assert response.url.startswith(url("volunteer:enrol"))


def test_a_volunteer_with_an_app_but_an_unverified_session_is_asked_for_a_code(client, vera):
    app_device(vera)
    response = log_in(client, vera).get(PATTERNS)
    assert response.status_code == 302
    assert response.url.startswith(url("volunteer:verify"))
    # Nor can they add a second app with the password alone.
    assert log_in(client, vera).get(url("volunteer:enrol")).url.startswith(url("volunteer:verify"))


def test_the_set_up_page_shows_a_qr_code_and_the_key(client, vera):
    page = log_in(client, vera).get(url("volunteer:enrol"))
    html = page.content.decode()
    assert "<svg" in html and "otpauth://totp/Anxin%3Avera" in html
    assert "<script" not in html.split("<svg", 1)[1].split("</svg>", 1)[0]
    assert " style=" not in html


def test_a_wrong_first_code_is_refused_and_nothing_is_confirmed(client, vera):
    log_in(client, vera).get(url("volunteer:enrol"))
    device = TOTPDevice.objects.get(user=vera)
    wrong = f"{(int(code_now(device)) + 1) % 1000000:06d}"
    response = client.post(url("volunteer:enrol"), {"code": wrong})
    assert response.status_code == 400
    assert "That code did not work" in response.content.decode()
    assert not TOTPDevice.objects.filter(confirmed=True).exists()
    assert client.get(PATTERNS).status_code == 302


def test_setting_up_shows_ten_recovery_codes_once_and_opens_the_page(client, vera):
    codes, page = enrol(log_in(client, vera))
    assert len(codes) == 10 and len(set(codes)) == 10
    for code in codes:
        assert code in page.content.decode()
    # Shown once: coming back does not show them again.
    assert client.get(url("volunteer:recovery_codes")).status_code == 302
    assert client.get(PATTERNS).status_code == 200


def test_a_right_code_from_the_app_verifies_the_next_sign_in(client, vera):
    device = app_device(vera)
    log_in(client, vera)
    response = client.post(
        url("volunteer:verify") + f"?next={PATTERNS}", {"code": code_now(device)}
    )
    assert response.status_code == 302 and response.url == PATTERNS
    assert client.get(PATTERNS).status_code == 200


def test_a_wrong_code_is_refused(client, vera):
    device = app_device(vera)
    wrong = f"{(int(code_now(device)) + 1) % 1000000:06d}"
    response = log_in(client, vera).post(url("volunteer:verify"), {"code": wrong})
    assert response.status_code == 400
    assert "That code did not work" in response.content.decode()
    assert response.context["form"]["code"].value() == wrong
    assert client.get(PATTERNS).status_code == 302


def test_a_code_from_the_app_works_only_once(client, vera):
    device = app_device(vera)
    code = code_now(device)
    log_in(client, vera).post(url("volunteer:verify"), {"code": code})
    client.logout()
    response = log_in(client, vera).post(url("volunteer:verify"), {"code": code})
    assert response.status_code == 400


def test_a_recovery_code_works_once(client, vera):
    with time_machine.travel("2026-12-01 10:00:00 +0000", tick=False):
        codes, _ = enrol(log_in(client, vera))
    client.logout()
    response = log_in(client, vera).post(url("volunteer:verify"), {"code": codes[0].upper()})
    assert response.status_code == 302
    assert client.get(PATTERNS).status_code == 200
    client.logout()
    response = log_in(client, vera).post(url("volunteer:verify"), {"code": codes[0]})
    assert response.status_code == 400
    assert StaticToken.objects.count() == 9


def test_a_borrower_is_never_asked_for_a_second_factor(client):
    get_user_model().objects.create_user("alice", password=PASSWORD)
    assert client.login(username="alice", password=PASSWORD)
    assert client.get(url("account:index")).status_code == 200
    assert client.get(url("cases:list")).status_code == 200
    # The second-factor and volunteer pages are not there for them.
    assert client.get(url("volunteer:enrol")).status_code == 404
    assert client.get(url("volunteer:verify")).status_code == 404
    assert client.get(PATTERNS).status_code == 404


def test_a_visitor_who_is_not_signed_in_is_sent_to_log_in(client):
    response = client.get(PATTERNS)
    assert response.status_code == 302
    assert response.url.startswith(url("account:log_in"))


def test_the_test_helper_gives_a_verified_session(client):
    verified_volunteer_client(client, make_volunteer("wen"))
    assert client.get(PATTERNS).status_code == 200


def test_a_next_address_on_another_site_is_ignored(client, vera):
    device = app_device(vera)
    log_in(client, vera)
    response = client.post(
        url("volunteer:verify") + "?next=https://evil.example/", {"code": code_now(device)}
    )
    assert response.status_code == 302 and "evil" not in response.url


def test_recovery_codes_without_an_app_must_be_used_before_a_new_app_is_added(client, vera):
    """An admin removed a lost phone's app; the recovery codes are left. The password alone
    must not set up a new app: one recovery code first, then the set-up page."""
    codes = new_recovery_codes(vera)
    log_in(client, vera)
    assert client.get(PATTERNS).url.startswith(url("volunteer:verify"))
    assert client.get(url("volunteer:enrol")).url.startswith(url("volunteer:verify"))
    assert not TOTPDevice.objects.filter(user=vera).exists()
    response = client.post(url("volunteer:verify") + f"?next={PATTERNS}", {"code": codes[0]})
    assert response.url.startswith(url("volunteer:enrol"))
    page = client.get(response.url)
    assert page.status_code == 200 and "<svg" in page.content.decode()


def test_a_wrong_code_during_the_wait_says_how_long_to_wait(client, vera):
    device = app_device(vera)
    wrong = f"{(int(code_now(device)) + 1) % 1000000:06d}"
    log_in(client, vera)
    with time_machine.travel("2026-11-21 12:00 +0800", tick=False):
        client.post(url("volunteer:verify"), {"code": wrong})
        client.post(url("volunteer:verify"), {"code": wrong})
        response = client.post(url("volunteer:verify"), {"code": wrong})
    text = response.content.decode()
    assert "That code did not work" in text
    assert re.search(r"Please wait \d+ seconds? before the next try", text)


def test_the_set_up_page_speaks_of_a_totp_app_and_names_ones_found_in_mainland_china(client, vera):
    html = log_in(client, vera).get(url("volunteer:enrol")).content.decode()
    assert "authenticator app (TOTP" in html
    assert "腾讯身份验证器" in html and "Microsoft Authenticator" in html
    assert "Google Authenticator" not in html
