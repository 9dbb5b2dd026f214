"""The data export also holds what was sent and answered, and the case's sharing records."""

import csv
import io

from assistant.sharing.models import Share
from tests.accounts.conftest import case_of, url, zip_of
from tests.accounts.records import add_account_records, add_everything


def rows(archive, name):
    raw = archive.read(name)
    assert raw.startswith("\ufeff".encode())  # Excel and WPS read it as UTF-8
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))


def test_sent_items_and_the_answers_files_are_inside(client, alice):
    case = case_of(alice)
    item = add_everything(case)["sent"]
    client.force_login(alice)
    archive = zip_of(client.get(url("export")))
    sent = rows(archive, f"case-{case.pk}/sent.csv")
    assert len(sent) == 2
    assert "2026-11-10" in sent[1]
    assert "Refused" in sent[1]
    assert sent[1][-1] == f"replies/{item.pk}-answer.pdf"  # within the case's folder
    assert archive.read(f"case-{case.pk}/{sent[1][-1]}") == b"%PDF-1.4 answer=1+1"


def test_only_the_notes_the_borrower_sees_and_no_formula_runs(client, alice):
    case = case_of(alice)
    add_everything(case)
    client.force_login(alice)
    archive = zip_of(client.get(url("export")))
    notes = rows(archive, f"case-{case.pk}/notes.csv")
    assert [row[1:] for row in notes[1:]] == [["helper", '\'=HYPERLINK("x") 已核对']]
    assert "内部" not in archive.read(f"case-{case.pk}/notes.csv").decode("utf-8-sig")


def test_who_it_is_shared_with_and_every_look(client, alice):
    case = case_of(alice)
    records = add_everything(case)
    Share.objects.filter(pk=records["share"].pk).update(revoked_at=records["look"].at)
    client.force_login(alice)
    archive = zip_of(client.get(url("export")))
    shares = rows(archive, f"case-{case.pk}/shared_with.csv")
    assert [row[0] for row in shares[1:]] == ["helper"]
    assert shares[1][3]  # revoked shares are listed too, with when
    looks = rows(archive, f"case-{case.pk}/volunteer_looks.csv")
    assert looks[1][1:] == ["helper", "calls:list", "the call log", "GET"]


def test_an_account_gets_its_reminders(client, alice):
    add_account_records(alice)
    client.force_login(alice)
    reminders = rows(zip_of(client.get(url("export"))), "reminders.csv")
    assert "alice@example.com" in reminders[1]
    assert "debt-1/2026-12-01/7" in reminders[2]


def test_the_readme_names_the_new_files_in_both_languages(client, my_case):
    archive = zip_of(client.get(url("export")))
    readme = archive.read("README.txt").decode()
    for name in ("sent.csv", "replies/", "notes.csv", "shared_with.csv", "volunteer_looks.csv"):
        assert name in readme
    assert "答复" in readme and "answers" in readme
    assert "reminders.csv" not in archive.namelist()  # no account, no reminders


def test_another_persons_records_never_appear(client, alice, bob):
    mine = case_of(alice)
    theirs = case_of(bob)
    add_everything(theirs)
    client.force_login(alice)
    archive = zip_of(client.get(url("export")))
    assert rows(archive, f"case-{mine.pk}/sent.csv")[1:] == []
    assert rows(archive, f"case-{mine.pk}/volunteer_looks.csv")[1:] == []
    assert not any("replies/" in name for name in archive.namelist())
