"""Evidence files sent with the quick entry form itself (no JavaScript needed)."""

import hashlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from assistant.calls import evidence
from assistant.calls.models import Call, Evidence
from tests.calls.conftest import url
from tests.calls.test_evidence_files import heif, png

pytestmark = pytest.mark.django_db


def post(client, case, *files, htmx=False, **fields):
    data = {"at": "2026-11-20T10:15", "channel": "phone", "summary": "说要上门", **fields}
    data["files"] = [SimpleUploadedFile(name, content) for name, content in files]
    headers = {"HX-Request": "true"} if htmx else {}
    return client.post(url("new", case), data, headers=headers)


def file_errors(response):
    return " ".join(response.context["form"].errors.get("files", []))


def test_the_form_takes_files_without_javascript(client, empty_case):
    text = client.get(url("new", empty_case)).text
    assert 'enctype="multipart/form-data"' in text
    assert 'type="file" name="files"' in text and "multiple" in text


def test_a_call_is_saved_with_its_screenshot(client, empty_case):
    shot = png()
    response = post(client, empty_case, ("催收短信.png", shot))
    call = Call.objects.get(case=empty_case)
    assert response.status_code == 302
    assert response["Location"] == (
        f"{url('list', empty_case)}?saved={call.pk}&attached=1#call-{call.pk}"
    )
    item = Evidence.objects.get(call=call)
    assert (item.name, item.sha256) == ("催收短信.png", hashlib.sha256(shot).hexdigest())
    assert "催收短信.png" in client.get(response["Location"]).text


def test_with_htmx_the_saved_call_shows_its_files(client, empty_case):
    response = post(client, empty_case, ("a.png", png()), ("b.heic", heif(b"heic")), htmx=True)
    assert response.status_code == 200
    saved = response.text[response.text.index('id="saved-h"') :]
    assert "a.png" in saved and "b.heic" in saved
    assert Evidence.objects.filter(call__case=empty_case).count() == 2


def test_files_are_optional(client, empty_case):
    assert post(client, empty_case).status_code == 302
    assert Evidence.objects.count() == 0


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("photo.jpg", b"just some text, renamed" * 4, "not a screenshot"),
        ("empty.png", b"", "empty"),
        ("photo.heic", b"\x00\x00\x00\x18ftypqt  " + b"\x00" * 40, "not a screenshot"),
    ],
)
def test_a_bad_file_saves_nothing_and_keeps_what_was_typed(
    client, empty_case, name, content, message
):
    response = post(client, empty_case, (name, content), collector="王经理")
    assert response.status_code == 200
    assert message in file_errors(response)
    assert not Call.objects.exists() and not Evidence.objects.exists()
    text = response.text
    assert "说要上门" in text and 'value="王经理"' in text
    assert "please choose them again" in text


def test_a_file_over_the_limit_is_refused_with_the_limit(client, empty_case, monkeypatch):
    monkeypatch.setattr(evidence, "MAX_FILE_BYTES", 1000)
    response = post(client, empty_case, ("big.png", png((200, 200)) + b"\x00" * 2000))
    assert "the most we can keep is 1000" in file_errors(response)
    assert not Call.objects.exists()


def test_the_case_limit_counts_files_already_kept(client, empty_case, monkeypatch):
    post(client, empty_case, ("a.png", png()))
    monkeypatch.setattr(evidence, "MAX_CASE_BYTES", Evidence.objects.get().size + 10)
    response = post(client, empty_case, ("b.png", png()))
    assert "would take your evidence for this debt over" in file_errors(response)
    assert Call.objects.count() == 1


def test_a_bad_time_with_a_good_file_asks_for_the_file_again(client, empty_case):
    response = post(client, empty_case, ("a.png", png()), at="not a time")
    assert response.status_code == 200
    assert "Please enter a real date and time" in response.text
    assert "please choose them again" in response.text
    assert not Evidence.objects.exists()


def test_tick_these_without_javascript_does_not_save_the_files(client, empty_case):
    response = post(client, empty_case, ("a.png", png()), tick="1")
    assert response.status_code == 200
    assert not Call.objects.exists() and not Evidence.objects.exists()
    assert "please choose them again" in response.text


def test_eleven_files_get_the_forms_message_not_an_error_page(client, empty_case):
    response = post(client, empty_case, *[(f"{n}.png", png()) for n in range(11)])
    assert response.status_code == 200
    assert "at most 10 files at a time" in file_errors(response)
