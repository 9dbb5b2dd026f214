from io import StringIO

import pytest
from django.core.management import call_command


@pytest.fixture
def pages(db):
    """The rights pages as seeded from the repository's content files."""
    call_command("load_rights", stdout=StringIO())
