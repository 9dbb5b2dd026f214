from tests.accounts.conftest import url


def test_an_anonymous_visitor_is_told_how_long_data_is_kept(client, my_case):
    page = client.get(url("index")).content.decode()
    assert "kept for 30 days after you last use it" in page
    assert url("sign_up") in page


def test_the_retention_period_follows_the_setting(client, settings):
    settings.ANONYMOUS_RETENTION_DAYS = 7
    assert "kept for 7 days" in client.get(url("index")).content.decode()


def test_a_logged_in_user_is_not_told_about_deletion(client, alice):
    client.force_login(alice)
    page = client.get(url("index")).content.decode()
    assert "kept for" not in page
    assert "You are logged in as alice" in page
    assert url("log_out") in page


def test_the_page_works_in_chinese(client):
    response = client.get(url("index", language="zh-hans"))
    assert response.status_code == 200
