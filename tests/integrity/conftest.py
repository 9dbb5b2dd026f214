from tests.calls.conftest import _fresh_cache, _now, empty_case  # noqa: F401
from tests.cases.conftest import my_case  # noqa: F401
