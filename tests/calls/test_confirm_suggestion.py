import pytest

from tests.calls.conftest import add_call, url

pytestmark = pytest.mark.django_db


@pytest.fixture
def call(empty_case):
    return add_call(
        empty_case, "2026-11-20T10:00+08:00", summary="说要让你坐牢", conduct=["insult"]
    )


def confirm(client, case, call, code="threat_arrest", **headers):
    return client.post(url("confirm", case, pk=call.pk), {"code": code}, headers=headers)


def test_the_list_offers_the_suggestion_for_the_call_just_saved(client, empty_case, call):
    text = client.get(url("list", empty_case), {"saved": call.pk}).text
    assert "we think this may also be" in text
    assert 'name="code" value="threat_arrest"' in text


def test_the_list_does_not_keep_offering_suggestions_later(client, empty_case, call):
    assert "we think this may also be" not in client.get(url("list", empty_case)).text


def test_confirm_adds_the_code_and_goes_back_to_the_entry(client, empty_case, call):
    response = confirm(client, empty_case, call)
    call.refresh_from_db()
    assert call.conduct == ["insult", "threat_arrest"]
    assert response["Location"] == f"{url('list', empty_case)}?saved={call.pk}#call-{call.pk}"


def test_after_confirming_the_flag_shows_and_the_suggestion_is_gone(client, empty_case, call):
    text = client.get(confirm(client, empty_case, call)["Location"]).text
    assert "Threat of arrest or jail" in text
    assert 'name="code" value="threat_arrest"' not in text


def test_confirming_twice_adds_the_code_once(client, empty_case, call):
    confirm(client, empty_case, call)
    confirm(client, empty_case, call)
    call.refresh_from_db()
    assert call.conduct == ["insult", "threat_arrest"]


def test_with_htmx_it_answers_with_the_updated_entry(client, empty_case, call):
    response = confirm(client, empty_case, call, HX_Request="true")
    assert response.status_code == 200
    assert response.text.lstrip().startswith("<article")
    assert "Threat of arrest or jail" in response.text


def test_an_unknown_code_is_rejected(client, empty_case, call):
    assert confirm(client, empty_case, call, code="outside_hours").status_code == 404
    call.refresh_from_db()
    assert call.conduct == ["insult"]


def test_it_only_accepts_post(client, empty_case, call):
    assert client.get(url("confirm", empty_case, pk=call.pk)).status_code == 405


def test_someone_elses_call_is_not_found(client, my_case, someone_elses_case):
    theirs = someone_elses_case.calls.first()
    assert confirm(client, someone_elses_case, theirs).status_code == 404
    assert client.post(url("confirm", my_case, pk=theirs.pk), {"code": "insult"}).status_code == 404
    theirs.refresh_from_db()
    assert "threat_arrest" not in theirs.conduct and "insult" not in theirs.conduct


def test_the_offer_after_saving_says_which_words_it_comes_from(client, empty_case, call):
    text = client.get(url("list", empty_case), {"saved": call.pk}).text
    assert "suggested because: <q>坐牢</q>" in text
