import time_machine

from assistant.accounts.models import FailedLogIn
from tests.accounts.conftest import PASSWORD, url

START = "2026-11-28 12:00 +0800"


def log_in(client, username="alice", password="wrong-guess", ip="203.0.113.5", language="en"):
    return client.post(
        url("log_in", language=language),
        {"username": username, "password": password},
        REMOTE_ADDR=ip,
    )


def fail(client, times, **kwargs):
    for _ in range(times):
        assert log_in(client, **kwargs).status_code == 200


def test_after_5_failures_even_the_right_password_is_refused(client, alice):
    with time_machine.travel(START, tick=False):
        fail(client, 5)
        response = log_in(client, password=PASSWORD)
    assert response.status_code == 200
    assert "Too many failed log-ins" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_username_is_throttled_from_every_address(client, alice):
    with time_machine.travel(START, tick=False):
        for n in range(5):
            log_in(client, ip=f"198.51.100.{n}")
        response = log_in(client, password=PASSWORD, ip="192.0.2.1")
    assert "Too many failed log-ins" in response.content.decode()


def test_one_address_is_throttled_across_usernames(client, alice, settings):
    settings.LOGIN_FAILURES_PER_IP = 10
    with time_machine.travel(START, tick=False):
        for n in range(10):
            log_in(client, username=f"guess{n}")
        response = log_in(client, password=PASSWORD)
        other_address = log_in(client, password=PASSWORD, ip="192.0.2.1")
    assert "Too many failed log-ins" in response.content.decode()
    assert other_address.status_code == 302


def test_it_works_again_after_the_waiting_time(client, alice):
    with time_machine.travel(START, tick=False):
        fail(client, 5)
    with time_machine.travel("2026-11-28 12:16 +0800", tick=False):
        response = log_in(client, password=PASSWORD)
    assert response.status_code == 302


def test_four_failures_then_the_right_password_logs_in_and_clears_them(client, alice):
    with time_machine.travel(START, tick=False):
        fail(client, 4)
        assert log_in(client, password=PASSWORD).status_code == 302
    assert not FailedLogIn.objects.filter(username="alice").exists()


def test_the_count_is_kept_in_the_database_not_the_session(client, alice, django_user_model):
    from django.test import Client

    with time_machine.travel(START, tick=False):
        for _ in range(5):
            log_in(Client())
        response = log_in(client, password=PASSWORD)
    assert "Too many failed log-ins" in response.content.decode()


def test_usernames_are_counted_without_case(client, alice):
    with time_machine.travel(START, tick=False):
        fail(client, 5, username="ALICE")
        response = log_in(client, password=PASSWORD)
    assert "Too many failed log-ins" in response.content.decode()


def test_the_message_is_in_the_readers_language(client, alice):
    with time_machine.travel(START, tick=False):
        fail(client, 5)
        response = log_in(client, language="zh-hans")
    assert response.status_code == 200
    assert "15" in response.content.decode()
