import pytest
from django.contrib.auth import get_user_model

from assistant.calls.models import Call, Evidence
from assistant.cases.models import Case
from assistant.letters.models import Letter, LetterVersion
from tests.accounts.conftest import add_call_with_file, add_letter, case_of, url


def test_it_asks_first_and_says_what_will_go(client, my_case):
    response = client.get(url("delete"))
    assert response.status_code == 200
    assert "This deletes 1 debt" in response.content.decode()
    assert Case.objects.filter(pk=my_case.pk).exists()


def test_it_deletes_every_case_with_calls_letters_and_files(client, my_case):
    _, item = add_call_with_file(my_case)
    add_letter(my_case)
    path = item.file.path
    calls = Call.all_objects.filter(case=my_case).count()
    response = client.post(url("delete"))
    assert response.status_code == 302
    assert not Case.objects.exists()
    assert not Call.all_objects.exists()
    assert not Evidence.objects.exists()
    assert not Letter.objects.exists()
    assert not LetterVersion.objects.exists()
    with pytest.raises(FileNotFoundError):
        open(path, "rb")  # noqa: SIM115
    page = client.get(response.url).content.decode()
    assert f"{calls} logged calls" in page
    assert "1 letter" in page
    assert "1 evidence file" in page
    assert "1 debt" in page


def test_a_deleted_call_in_the_trash_goes_too(client, my_case):
    call, _ = add_call_with_file(my_case)
    from django.utils import timezone

    Call.objects.filter(pk=call.pk).update(deleted_at=timezone.now())
    client.post(url("delete"))
    assert not Call.all_objects.exists()
    assert not Evidence.objects.exists()


def test_the_browser_forgets_its_owner_token(client, my_case):
    client.post(url("delete"))
    assert "anxin_owner" not in client.session


def test_another_persons_data_is_never_deleted(client, my_case, someone_elses_case, bob):
    _, theirs = add_call_with_file(someone_elses_case, b"theirs")
    bobs = case_of(bob)
    client.post(url("delete"))
    assert set(Case.objects.all()) == {someone_elses_case, bobs}
    assert Evidence.objects.get() == theirs
    assert open(theirs.file.path, "rb").read() == b"theirs"  # noqa: SIM115


def test_a_logged_in_user_loses_the_account_and_is_logged_out(client, alice, bob):
    case_of(alice)
    bobs = case_of(bob)
    client.force_login(alice)
    response = client.post(url("delete"))
    assert not get_user_model().objects.filter(username="alice").exists()
    assert "_auth_user_id" not in client.session
    assert list(Case.objects.all()) == [bobs]
    assert "your account" in client.get(response.url).content.decode()


def test_the_summary_page_shows_once(client, my_case):
    response = client.post(url("delete"))
    assert client.get(response.url).status_code == 200
    assert client.get(response.url).status_code == 302
