from tests.calls.conftest import add_call, empty_case, url  # noqa: F401
from tests.letters.test_pdf import listener  # noqa: F401
