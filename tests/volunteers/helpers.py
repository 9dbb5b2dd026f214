"""Volunteers for tests: a signed-in volunteer whose session passed the second factor.

from tests.volunteers.helpers import make_volunteer, verified_volunteer_client
client = verified_volunteer_client(client, make_volunteer("vera"))
"""

from django.contrib.auth import get_user_model
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from assistant.volunteers.roles import volunteers_group

PASSWORD = "quiet-river-42"


def make_volunteer(username="vera", *, staff=False):
    """A user in the volunteers group (with `is_staff` for a content admin); no device yet."""
    user = get_user_model().objects.create_user(username, password=PASSWORD, is_staff=staff)
    user.groups.add(volunteers_group())
    return user


def app_device(user):
    """The user's confirmed authenticator device (made if they have none)."""
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    return device or TOTPDevice.objects.create(user=user, name="test app", confirmed=True)


def code_now(device):
    """The 6 digits the person's authenticator app would show now."""
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):06d}"


def verified_volunteer_client(client, user):
    """Log `client` in as `user` (made a volunteer if not yet) with a verified session."""
    if not user.groups.filter(name=volunteers_group().name).exists():
        user.groups.add(volunteers_group())
    device = app_device(user)
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client
