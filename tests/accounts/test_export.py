import json

from django.urls import reverse
from django.utils import translation

from assistant.cases.records import case_to_file
from tests.accounts.conftest import add_call_with_file, add_letter, case_of, url, zip_of


def test_it_gives_a_zip_with_a_readme_in_chinese_and_english(client, my_case):
    response = client.get(url("export"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert "attachment" in response["Content-Disposition"]
    readme = zip_of(response).read("README.txt").decode()
    assert "你的全部资料" in readme
    assert "all your data" in readme


def test_each_case_is_an_anxin_case_file(client, my_case):
    archive = zip_of(client.get(url("export")))
    data = json.loads(archive.read(f"case-{my_case.pk}/case.json"))
    assert data["format"] == "anxin.case/1"
    assert data == case_to_file(my_case)


def test_the_call_log_letters_and_evidence_files_are_inside(client, my_case):
    _, item = add_call_with_file(my_case, b"%PDF-1.4 proof")
    letter = add_letter(my_case)
    archive = zip_of(client.get(url("export")))
    names = archive.namelist()
    calls = archive.read(f"case-{my_case.pk}/calls.csv").decode("utf-8-sig")
    assert "威胁" in calls
    pdf = f"case-{my_case.pk}/letters/debt_details_request-{letter.pk}-v1.pdf"
    assert archive.read(pdf).startswith(b"%PDF")
    evidence = f"case-{my_case.pk}/evidence/{item.call_id}-{item.pk}-催收短信.pdf"
    assert evidence in names
    assert archive.read(evidence) == b"%PDF-1.4 proof"


def test_the_exported_call_log_is_the_file_the_call_log_page_downloads(client, my_case):
    add_call_with_file(my_case)
    with translation.override("en"):
        download = client.get(reverse("calls:export_csv", args=[my_case.pk]))
    archive = zip_of(client.get(url("export")))
    exported = archive.read(f"case-{my_case.pk}/calls.csv").decode("utf-8")
    assert "威胁" in exported
    assert exported == download.content.decode("utf-8")


def test_every_version_of_a_letter_is_exported_and_a_sent_one_is_marked(client, my_case):
    """A sent version is what went out: it must be in the export even when a later draft
    exists (issue 20; only the latest version used to be)."""
    import json
    from datetime import date

    from assistant.letters.documents import mark_sent, save_version

    letter = add_letter(my_case)
    mark_sent(letter.latest(), date(2026, 11, 10), "post", "K1")
    content = dict(letter.latest().content, body=["改过的"])
    save_version(letter, content)
    archive = zip_of(client.get(url("export")))
    assert [n for n in archive.namelist() if "/letters/" in n] == [
        f"case-{my_case.pk}/letters/debt_details_request-{letter.pk}-v1-sent.pdf",
        f"case-{my_case.pk}/letters/debt_details_request-{letter.pk}-v2.pdf",
    ]
    (saved,) = json.loads(archive.read(f"case-{my_case.pk}/letters.json"))["letters"]
    assert [(v["number"], v["sent_on"], v["sent_reference"]) for v in saved["versions"]] == [
        (1, "2026-11-10", "K1"),
        (2, None, None),
    ]
    assert saved["versions"][1]["content"]["body"] == ["改过的"]


def test_another_persons_cases_never_appear(client, my_case, someone_elses_case, bob):
    add_call_with_file(someone_elses_case, b"theirs")
    bobs = case_of(bob, "huabei-day40-flood")
    names = zip_of(client.get(url("export"))).namelist()
    assert any(name.startswith(f"case-{my_case.pk}/") for name in names)
    assert not any(name.startswith(f"case-{someone_elses_case.pk}/") for name in names)
    assert not any(name.startswith(f"case-{bobs.pk}/") for name in names)


def test_a_logged_in_user_gets_the_cases_of_the_account(client, alice, bob):
    mine = case_of(alice)
    theirs = case_of(bob)
    client.force_login(alice)
    names = zip_of(client.get(url("export"))).namelist()
    assert f"case-{mine.pk}/case.json" in names
    assert f"case-{theirs.pk}/case.json" not in names


def test_a_visitor_with_nothing_gets_only_the_readme(client):
    assert zip_of(client.get(url("export"))).namelist() == ["README.txt"]
