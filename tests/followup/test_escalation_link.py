"""The escalation link's `?after=<item>`: a changed or pasted link never breaks the page."""

import pytest

from tests.followup.conftest import DAY_16, record, url


@pytest.mark.parametrize("after", ["²", "١٢", "9" * 5000, "-1", "1.0", " 1", "abc", ""])
def test_a_wrong_item_number_gives_the_plain_letter_form(client, huabei, travel, after):
    travel(DAY_16)
    record(client, huabei, reference="TS-2026-0042")
    response = client.get(url("letters:new", huabei.pk, "complaint_regulator"), {"after": after})
    assert response.status_code == 200
    assert "TS-2026-0042" not in response.content.decode()
