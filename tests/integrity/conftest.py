# The call list's cache is cleared around each test here too; the clock, empty_case and
# my_case come from tests/conftest.py.
from tests.calls.conftest import _fresh_cache  # noqa: F401
