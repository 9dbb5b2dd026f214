import os

import pytest

# Playwright's sync API runs an event loop in the test thread; Django's ORM calls from
# live_server tests are then flagged as async-unsafe although they are not.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(autouse=True)
def _fast_and_isolated(settings, tmp_path):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.MEDIA_ROOT = tmp_path / "media"
    # Content corrections reach the pages when saved (signal), never on a timer mid-test.
    settings.CORRECTIONS_MAX_AGE_SECONDS = None


@pytest.fixture(autouse=True)
def _default_language():
    """reverse() follows the active language; start every test in the default one."""
    from django.utils import translation

    translation.activate("zh-hans")
    yield
    translation.deactivate()
