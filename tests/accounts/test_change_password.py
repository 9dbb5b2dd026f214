from tests.accounts.conftest import PASSWORD, url

NEW = "another-calm-sea-7"


def change(client, old=PASSWORD, new=NEW, again=None):
    return client.post(
        url("change_password"),
        {"old_password": old, "new_password1": new, "new_password2": again or new},
    )


def test_it_changes_the_password_and_stays_logged_in(client, alice):
    client.force_login(alice)
    response = change(client)
    assert response.status_code == 302
    assert response.url == url("password_changed")
    alice.refresh_from_db()
    assert alice.check_password(NEW)
    assert client.get(url("index")).context["user"] == alice


def test_a_wrong_old_password_is_refused(client, alice):
    client.force_login(alice)
    response = change(client, old="not-it")
    assert response.status_code == 200
    alice.refresh_from_db()
    assert alice.check_password(PASSWORD)


def test_an_anonymous_visitor_is_sent_to_log_in(client):
    response = client.get(url("change_password"))
    assert response.status_code == 302
    assert response.url.startswith(url("log_in"))
