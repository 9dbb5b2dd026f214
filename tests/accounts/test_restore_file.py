"""restore_file reads back what the export writes, for every kind of letter."""

import pytest

from assistant.accounts.restore_file import read_letters
from assistant.assessment.casefile import CaseFileError
from assistant.letters.kinds import build_content
from assistant.letters.models import Kind


@pytest.mark.parametrize("kind", Kind.values)
def test_every_kind_of_letter_reads_back_as_it_was_written(client, clock, my_case, kind):
    """Made through the letter form, as a borrower makes it, on the letter tests' day."""
    from tests.letters.conftest import TODAY, make_letter

    clock.travel(TODAY)
    content = make_letter(client, my_case, kind).latest().content
    letters = read_letters(
        {"letters": [{"kind": kind, "versions": [{"number": 1, "content": content}]}]}
    )
    assert letters[0].versions[0].content == content
    assert list(letters[0].versions[0].content) == list(content)


def test_a_version_of_another_kind_is_refused(my_case):
    content = build_content(my_case, "debt_details_request", {})
    data = {
        "letters": [{"kind": "complaint_lender", "versions": [{"number": 1, "content": content}]}]
    }
    with pytest.raises(CaseFileError) as error:
        read_letters(data)
    assert "letters[0].versions[0].content.kind" in str(error.value)


def test_two_versions_with_one_number_are_refused(my_case):
    content = build_content(my_case, "debt_details_request", {})
    version = {"number": 1, "content": content}
    data = {"letters": [{"kind": "debt_details_request", "versions": [version, version]}]}
    with pytest.raises(CaseFileError, match="each version needs its own number"):
        read_letters(data)
