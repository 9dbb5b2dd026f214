"""Help-directory corrections apply over directory.json."""

import pytest
from django.core.exceptions import ValidationError

from assistant.help.directory import directory
from tests.corrections.conftest import directory_correction

DIRECTORY = "/en/help/directory/"


def entry(language, entry_id):
    return next(e for g in directory(language) for e in g["entries"] if e["id"] == entry_id)


def test_a_correction_changes_the_entry_in_its_language_only():
    shipped_zh = entry("zh-hans", "legal_aid_12348")["prepare"]
    directory_correction(prepare_en="Your ID card and the papers the lender sent.")
    corrected = entry("en", "legal_aid_12348")
    assert corrected["prepare"] == "Your ID card and the papers the lender sent."
    assert corrected["phone"] == "12348" and str(corrected["last_verified"]) == "2026-11-30"
    assert entry("zh-hans", "legal_aid_12348")["prepare"] == shipped_zh


def test_the_page_shows_the_new_number_and_the_day_it_was_verified(client):
    directory_correction("court_12368", number_confirmed=True)
    court = client.get(DIRECTORY).text.split('id="court_12368"')[1].split("</article>")[0]
    assert "Last verified 2026-11-30" in court and "Not yet confirmed" not in court


def test_an_unknown_entry_or_a_number_with_letters_is_refused():
    correction = directory_correction()
    correction.entry_id = "no_such_entry"
    correction.phone = "call 12348"
    with pytest.raises(ValidationError) as refused:
        correction.full_clean()
    assert "entry_id" in refused.value.message_dict
    correction.entry_id = "legal_aid_12348"
    with pytest.raises(ValidationError) as refused:
        correction.full_clean()
    assert "phone" in refused.value.message_dict
