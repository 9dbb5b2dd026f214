import pytest
from django_otp import DEVICE_ID_SESSION_KEY

from assistant.sharing import codes
from tests.accounts.conftest import case_of
from tests.volunteers import helpers as volunteers


@pytest.fixture(autouse=True)
def _db(db):
    """Cases, shares and the audit log live in the database."""


def make_volunteer(username="wang.volunteer"):
    return volunteers.make_volunteer(username)


def sign_in(client, user):
    """Log `user` in as a volunteer whose session passed the second factor."""
    return volunteers.verified_volunteer_client(client, user)


def sign_in_staff(client, user):
    """Log a staff `user` in with a verified session (they are not made a volunteer)."""
    device = volunteers.app_device(user)
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client


def share(case, volunteer):
    code, _share_code = codes.create_code(case)
    return codes.claim(code, volunteer)


@pytest.fixture
def volunteer():
    return make_volunteer()


@pytest.fixture
def case(alice):
    return case_of(alice)


@pytest.fixture
def shared(case, volunteer):
    return share(case, volunteer)
