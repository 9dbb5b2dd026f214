"""Production settings: DEBUG off, secure cookies, HSTS; refuses to start without a real key."""

import math
import os
import zlib
from collections import Counter

from django.core.exceptions import ImproperlyConfigured

from assistant.settings import *  # noqa: F403
from assistant.settings import INSECURE_DEV_KEY, env_bool

# A random key of 50 characters or more carries about 200 bits or more; 60 × "a" none.
MIN_KEY_BITS = 160


def key_bits(key):
    """A key's information by the spread of its characters: length × Shannon entropy."""
    counts = Counter(key)
    return -sum(n * math.log2(n / len(key)) for n in counts.values())


def looks_random(key):
    """Enough spread in its characters, and no repeated pattern (which zlib would shrink:
    "abcdefghij" × 6 has ten different characters, but is one short word said six times)."""
    return key_bits(key) >= MIN_KEY_BITS and len(zlib.compress(key.encode())) >= len(key) // 2


SECRET_KEY = os.environ.get("SECRET_KEY", "")
weak_key = (
    SECRET_KEY == INSECURE_DEV_KEY
    or SECRET_KEY.startswith("django-insecure")
    or not looks_random(SECRET_KEY)
)
if len(SECRET_KEY) < 50 or weak_key:
    raise ImproperlyConfigured(
        "Set SECRET_KEY to a random value of at least 50 characters "
        "(python -c 'import secrets; print(secrets.token_urlsafe(64))')."
    )

DEBUG = False
WHITENOISE_USE_FINDERS = False
WHITENOISE_AUTOREFRESH = False
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True

# Deadline reminders (manage.py send_reminders) go out by SMTP, configured from the environment.
MAILERS = {
    "default": {
        "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "OPTIONS": {
            "host": os.environ.get("EMAIL_HOST", "localhost"),
            "port": int(os.environ.get("EMAIL_PORT", 25)),
            "username": os.environ.get("EMAIL_HOST_USER", ""),
            "password": os.environ.get("EMAIL_HOST_PASSWORD", ""),
            "use_tls": env_bool("EMAIL_USE_TLS", False),
        },
    }
}
