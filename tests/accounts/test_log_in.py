from assistant.cases.models import Case
from tests.accounts.conftest import PASSWORD, case_of, url


def log_in(client, username="alice", password=PASSWORD, language="en"):
    return client.post(
        url("log_in", language=language), {"username": username, "password": password}
    )


def test_it_logs_in_and_goes_to_my_data(client, alice):
    response = log_in(client)
    assert response.status_code == 302
    assert response.url == url("index", language="en")
    assert client.session["_auth_user_id"] == str(alice.pk)


def test_the_cases_of_this_browser_move_to_the_account(client, alice, my_case):
    old_key = client.session.session_key
    log_in(client)
    my_case.refresh_from_db()
    assert my_case.user == alice
    assert client.session.session_key != old_key


def test_a_wrong_password_is_refused_in_chinese_and_the_username_kept(client, alice):
    response = log_in(client, password="wrong-one", language="zh-hans")
    assert response.status_code == 200
    page = response.content.decode()
    assert "请输入一个正确的" in page
    assert 'value="alice"' in page
    assert "wrong-one" not in page


def test_a_logged_in_user_only_sees_their_own_cases(client, alice, bob, someone_elses_case):
    mine = case_of(alice)
    theirs = case_of(bob, "huabei-day40-flood")
    log_in(client)
    assert client.get(f"/en/cases/{mine.pk}/").status_code == 200
    assert client.get(f"/en/cases/{theirs.pk}/").status_code == 404
    assert client.get(f"/en/cases/{someone_elses_case.pk}/").status_code == 404
    listing = client.get("/en/cases/").content.decode()
    assert f"/en/cases/{mine.pk}/" in listing
    assert f"/en/cases/{theirs.pk}/" not in listing


def test_log_out_needs_a_post_and_forgets_the_user(client, alice):
    log_in(client)
    assert client.get(url("log_out")).status_code == 405
    response = client.post(url("log_out"))
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_after_log_out_the_cases_are_no_longer_visible(client, alice):
    case = case_of(alice)
    log_in(client)
    client.post(url("log_out"))
    assert client.get(f"/en/cases/{case.pk}/").status_code == 404
    assert Case.objects.filter(pk=case.pk, user=alice).exists()
