from django.contrib.auth import get_user_model

from assistant.cases.models import Case
from tests.accounts.conftest import PASSWORD, url


def sign_up(client, username="li.ming", password=PASSWORD, again=None, language="en"):
    return client.post(
        url("sign_up", language=language),
        {"username": username, "password1": password, "password2": again or password},
    )


def test_it_creates_an_account_and_logs_in(client):
    response = sign_up(client)
    assert response.status_code == 302
    user = get_user_model().objects.get(username="li.ming")
    assert user.check_password(PASSWORD)
    assert client.session["_auth_user_id"] == str(user.pk)


def test_the_cases_of_this_browser_move_to_the_new_account(client, my_case):
    old_key = client.session.session_key
    sign_up(client)
    my_case.refresh_from_db()
    assert my_case.user.username == "li.ming"
    assert my_case.owner_token == ""
    assert client.session.session_key != old_key
    assert "anxin_owner" not in client.session


def test_another_browsers_cases_stay_where_they_are(client, my_case, someone_elses_case):
    sign_up(client)
    someone_elses_case.refresh_from_db()
    assert someone_elses_case.user is None
    assert someone_elses_case.owner_token == "other-token"


def test_a_common_password_is_refused_in_chinese_and_the_username_is_kept(client):
    response = sign_up(client, password="password", language="zh-hans")
    assert response.status_code == 200
    page = response.content.decode()
    assert "这个密码太常见了" in page
    assert 'value="li.ming"' in page
    assert 'value="password"' not in page
    assert not get_user_model().objects.exists()


def test_two_different_passwords_are_refused(client):
    response = sign_up(client, again="another-long-pass")
    assert "didn’t match" in response.content.decode()
    assert not get_user_model().objects.exists()


def test_a_taken_username_is_refused_without_saying_it_is_taken(client, alice):
    response = sign_up(client, username="alice")
    page = response.content.decode()
    assert "This name cannot be used for a new account" in page
    assert "already exists" not in page
    assert get_user_model().objects.count() == 1


def test_the_new_account_sees_the_moved_case(client, my_case):
    sign_up(client)
    assert list(Case.objects.filter(user__username="li.ming")) == [my_case]
    assert client.get(f"/en/cases/{my_case.pk}/").status_code == 200


def test_every_problem_is_shown_at_once(client, alice):
    response = sign_up(client, username="alice", password="123", again="124")
    page = response.content.decode()
    assert "This name cannot be used" in page  # the name (taken, without saying so)
    assert "too short" in page and "entirely numeric" in page  # the password
    assert "didn’t match" in page  # the repeat


def test_after_sign_up_the_borrower_lands_on_their_debts(client, my_case):
    response = sign_up(client)
    assert response["Location"] == "/en/cases/"


def test_without_debts_sign_up_leads_to_my_data(client):
    assert sign_up(client)["Location"] == url("index")
