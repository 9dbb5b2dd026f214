"""Wrong share codes are throttled per volunteer and per IP address."""

from django.urls import reverse

from assistant.sharing import codes
from assistant.sharing.models import Share
from tests.sharing.conftest import make_volunteer, sign_in

DASHBOARD = "volunteer:dashboard"


def test_after_five_wrong_codes_even_the_right_one_waits(client, case, volunteer):
    good, _ = codes.create_code(case)
    sign_in(client, volunteer)
    for _ in range(5):
        assert client.post(reverse(DASHBOARD), {"code": "AAAA-AAAA"}).status_code == 400
    response = client.post(reverse(DASHBOARD), {"code": good}, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400
    assert not Share.objects.exists()
    # Another volunteer is not held back by someone else's mistakes.
    sign_in(client, make_volunteer("li.volunteer"))
    assert client.post(reverse(DASHBOARD), {"code": good}).status_code == 302


def test_one_address_cannot_spread_guesses_over_many_volunteers(client, case, settings):
    settings.SHARE_FAILURES_PER_IP = 6
    good, _ = codes.create_code(case)
    for n in range(3):
        sign_in(client, make_volunteer(f"v{n}"))
        client.post(reverse(DASHBOARD), {"code": "AAAA-AAAA"})
        client.post(reverse(DASHBOARD), {"code": "BBBB-BBBB"})
    sign_in(client, make_volunteer("fresh"))
    assert client.post(reverse(DASHBOARD), {"code": good}).status_code == 400
    assert not Share.objects.exists()
    other_address = client.post(reverse(DASHBOARD), {"code": good}, REMOTE_ADDR="10.0.0.9")
    assert other_address.status_code == 302
