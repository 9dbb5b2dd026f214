"""The second factor of volunteers and staff: an authenticator app (TOTP) plus recovery codes.

All the cryptography, the one-use rule and the throttling of wrong codes are django-otp's;
this module only decides the order of the steps:

1. `pending_device(user)`: a not-yet-confirmed TOTP device, shown as a QR code and a URI.
2. `confirm(device, code)`: the first code from the app confirms it and gives RECOVERY_CODES
   new recovery codes (each works once), which are shown once and never again.
3. `verified_device(user, code)`: at each sign-in, a code from the app or a recovery code.
"""

import math
from base64 import b32encode

import qrcode
from django.db import transaction
from django.utils import timezone
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from qrcode.image.svg import SvgPathImage

RECOVERY_CODES = 10
APP_DEVICE_NAME = "authenticator app"
RECOVERY_DEVICE_NAME = "recovery codes"


def clean_code(code):
    """What people type, as the devices compare it: no spaces or dashes, lower case."""
    return "".join((code or "").split()).replace("-", "").lower()


def has_app(user):
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).exists()


def has_recovery_codes(user):
    """Unused recovery codes are left (an admin may have removed a lost phone's app)."""
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).exists()


def may_enrol(user, verified):
    """Whether a session (`verified` or not) may set up an authenticator app now: only when
    the user has none, and, if recovery codes are left, after one of them was entered (the
    password alone must never add an app to an account that has a second factor)."""
    return not has_app(user) and (verified or not has_recovery_codes(user))


def pending_device(user):
    """The user's unconfirmed authenticator device, made on the first visit to enrolment."""
    device = TOTPDevice.objects.devices_for_user(user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name=APP_DEVICE_NAME, confirmed=False)


def readable_key(device):
    """The secret in base32, in groups of four, for typing into an app without a camera."""
    key = b32encode(device.bin_key).decode()
    return " ".join(key[i : i + 4] for i in range(0, len(key), 4))


def qr_svg(text):
    """`text` as a QR code in SVG markup (no script or style in it), to put in the page."""
    image = qrcode.make(text, image_factory=SvgPathImage, box_size=10, border=2)
    return image.to_string(encoding="unicode")


@transaction.atomic
def confirm(device, code):
    """Confirm `device` with a first code; return the new recovery codes, or None if wrong."""
    if not device.verify_token(clean_code(code)):
        return None
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    TOTPDevice.objects.devices_for_user(device.user).exclude(pk=device.pk).delete()
    return new_recovery_codes(device.user)


def new_recovery_codes(user):
    """Replace the user's recovery codes with RECOVERY_CODES new ones; return them."""
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=RECOVERY_DEVICE_NAME)
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODES)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def verified_device(user, code):
    """The confirmed device that accepts `code`, or None.

    Six digits are a code from the app, anything else a recovery code; each kind is tried only
    on its own device, so a mistyped recovery code does not slow down the app's codes. Each
    device counts its own wrong codes and makes the next try wait longer (django-otp).
    """
    code = clean_code(code)
    if not code:
        return None
    model = _model_for(code)
    for device in model.objects.devices_for_user(user, confirmed=True):
        with transaction.atomic():
            device = model.objects.select_for_update().get(pk=device.pk)
            if device.verify_token(code):
                return device
    return None


def _model_for(code):
    return TOTPDevice if code.isdigit() and len(code) == 6 else StaticDevice


def retry_wait(user, code):
    """Whole seconds before a code of this kind may be tried again after wrong ones (0: now).

    django-otp doubles the wait after each wrong code; the person is told how long it is."""
    longest = 0
    for device in _model_for(clean_code(code)).objects.devices_for_user(user, confirmed=True):
        allowed, data = device.verify_is_allowed()
        if not allowed and data and data.get("locked_until"):
            longest = max(longest, (data["locked_until"] - timezone.now()).total_seconds())
    return math.ceil(longest)
