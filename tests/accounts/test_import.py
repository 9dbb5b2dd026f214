import json

from django.core.files.uploadedfile import SimpleUploadedFile

from assistant.cases.models import Case
from assistant.cases.records import case_to_file
from tests.accounts.conftest import url, zip_of
from tests.cases.conftest import scenario


def upload(client, content, name="case.json", language="en"):
    if not isinstance(content, bytes):
        content = json.dumps(content, ensure_ascii=False).encode()
    return client.post(
        url("import", language=language),
        {"case_file": SimpleUploadedFile(name, content, "application/json")},
    )


def test_it_restores_a_case_that_belongs_to_this_browser(client):
    response = upload(client, scenario("xinyongfei-day5"))
    case = Case.objects.get()
    assert response.status_code == 302
    assert response.url == f"/en/cases/{case.pk}/"
    assert case.owner_token == client.session["anxin_owner"]
    assert client.get(response.url).status_code == 200


def test_a_logged_in_user_gets_the_case_in_the_account(client, alice):
    client.force_login(alice)
    upload(client, scenario("xinyongfei-day5"))
    assert Case.objects.get().user == alice


def test_export_delete_import_loses_nothing(client, my_case):
    before = case_to_file(my_case)
    archive = zip_of(client.get(url("export")))
    client.post(url("delete"))
    assert not Case.objects.exists()
    upload(client, archive.read(f"case-{my_case.pk}/case.json"))
    assert case_to_file(Case.objects.get()) == before


def test_each_wrong_field_is_named_and_nothing_is_stored(client):
    data = scenario("xinyongfei-day5")
    data["first_missed_due_date"] = "yesterday"
    data["lender"]["type"] = "loan shark"
    response = upload(client, data, language="zh-hans")
    assert response.status_code == 400
    page = response.content.decode()
    assert "first_missed_due_date" in page
    assert "lender.type" in page
    assert "没有保存任何内容" in page
    assert not Case.objects.exists()


def test_a_file_that_is_not_json_is_refused(client):
    response = upload(client, b"\x89PNG not a case", name="photo.png")
    assert response.status_code == 400
    assert "not a JSON file" in response.content.decode()
    assert not Case.objects.exists()


def test_no_file_chosen_asks_for_one(client):
    response = client.post(url("import"))
    assert response.status_code == 400
    assert "This field is required" in response.content.decode()
