"""Content-admin volunteers correct sources and help-directory entries in the admin; every
change is recorded and shows on the public pages with its new review date."""

from io import StringIO

from django.contrib.admin.models import ADDITION, CHANGE, LogEntry
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.management import call_command

from assistant.corrections.models import DirectoryCorrection, SourceCorrection
from assistant.volunteers.roles import volunteers_group
from tests.corrections.conftest import source_correction
from tests.volunteers.conftest import url
from tests.volunteers.helpers import make_volunteer, verified_volunteer_client

DIRECTORY = "/en/help/directory/"


def content_admin(client):
    return verified_volunteer_client(client, make_volunteer("cora", staff=True))


def source_form(**fields):
    return {
        "source_id": "criminal_law_245",
        "instrument": "",
        "instrument_en": "",
        "issuer": "",
        "article": "",
        "article_en": "art. 245 para. 1",
        "date": "",
        "url": "",
        "verified": "on",
        "last_reviewed": "2026-11-30",
        "note": "Compared the article with the text on flk.npc.gov.cn",
        **fields,
    }


def test_a_volunteers_correction_is_recorded_and_shown_with_its_review_date(client):
    client = content_admin(client)
    response = client.post(url("admin:corrections_sourcecorrection_add"), source_form())
    assert response.status_code == 302, response.text[:2000]
    correction = SourceCorrection.objects.get()
    entry = LogEntry.objects.get(object_id=str(correction.pk))
    assert entry.action_flag == ADDITION and entry.user.username == "cora"
    assert "criminal_law_245" in client.get(url("admin:admin_logentry_changelist")).text
    page = client.get(DIRECTORY).text
    assert "art. 245 para. 1" in page and "last reviewed 2026-11-30" in page


def test_a_change_to_a_correction_is_recorded_with_the_fields_changed(client):
    correction = source_correction(article_en="art. 245 para. 1")
    client = content_admin(client)
    change = url("admin:corrections_sourcecorrection_change", correction.pk)
    response = client.post(change, source_form(article_en="art. 245", last_reviewed="2026-12-01"))
    assert response.status_code == 302
    entry = LogEntry.objects.get(object_id=str(correction.pk), action_flag=CHANGE)
    assert "Article (English)" in entry.get_change_message()
    assert "last reviewed 2026-12-01" in client.get(DIRECTORY).text


def test_the_admin_refuses_an_unknown_source_id_and_keeps_what_was_typed(client):
    client = content_admin(client)
    response = client.post(
        url("admin:corrections_sourcecorrection_add"), source_form(source_id="made_up_rule")
    )
    assert response.status_code == 200
    assert "Select a valid choice" in response.text and "art. 245 para. 1" in response.text
    assert not SourceCorrection.objects.exists() and not LogEntry.objects.exists()


def test_a_new_correction_starts_from_the_files_values(client):
    client = content_admin(client)
    add = url("admin:corrections_sourcecorrection_add")
    form = client.get(add + "?source_id=criminal_law_245").context["adminform"].form
    assert form.initial["source_id"] == "criminal_law_245" and form.initial["verified"] is True
    assert (
        client.get(add + "?source_id=nifa_2018").context["adminform"].form.initial["verified"]
        is False
    )
    assert "全国人民代表大会" in client.get(add + "?source_id=criminal_law_245").text
    correction = source_correction("nifa_2018", verified=False)
    page = client.get(url("admin:corrections_sourcecorrection_change", correction.pk)).text
    assert "As shipped in sources.json" in page and "中国互联网金融协会" in page


def test_a_volunteer_corrects_a_help_directory_entry(client):
    client = content_admin(client)
    response = client.post(
        url("admin:corrections_directorycorrection_add"),
        {
            "entry_id": "legal_aid_12348",
            "phone": "12348",
            "website": "",
            "number_confirmed": "on",
            "last_verified": "2026-11-30",
            **{
                f"{key}_{lang}": ""
                for key in ("name", "handles", "prepare", "response")
                for lang in ("zh", "en")
            },
            "prepare_en": "Your ID card and the lender's papers.",
            "note": "Called 12348 and asked what to bring",
        },
    )
    assert response.status_code == 302, response.text[:2000]
    correction = DirectoryCorrection.objects.get()
    assert LogEntry.objects.get(object_id=str(correction.pk)).user.username == "cora"
    aid = client.get(DIRECTORY).text.split('id="legal_aid_12348"')[1].split("</article>")[0]
    assert "Your ID card and the lender&#x27;s papers." in aid
    assert "Last verified 2026-11-30" in aid


def test_the_volunteers_group_may_correct_content_and_nothing_else():
    granted = set(volunteers_group().permissions.values_list("content_type__app_label", "codename"))
    assert granted == {
        (app, f"{action}_{model}")
        for app, model in (
            ("rights", "rightspage"),
            ("rights", "rightspagetext"),
            ("corrections", "sourcecorrection"),
            ("corrections", "directorycorrection"),
        )
        for action in ("view", "add", "change", "delete")
    } | {("admin", "view_logentry")}
    # Threshold values are not in the admin at all: a rule change is a reviewed file change.
    assert not Permission.objects.filter(codename__icontains="threshold").exists()


def test_a_volunteer_without_admin_access_cannot_correct(client):
    client = verified_volunteer_client(client, make_volunteer("vera"))
    response = client.post(url("admin:corrections_sourcecorrection_add"), source_form())
    assert response.status_code == 302 and not SourceCorrection.objects.exists()


def test_the_review_list_links_each_source_to_its_correction(client):
    correction = source_correction("nifa_2018", verified=False)
    client = content_admin(client)
    html = client.get(url("volunteer:reviews", language="en")).text
    assert url("admin:corrections_sourcecorrection_change", correction.pk) in html
    assert url("admin:corrections_sourcecorrection_add") + "?source_id=civil_code_1024" in html
    assert url("admin:corrections_directorycorrection_add") + "?entry_id=police_110" in html


def test_create_volunteer_content_admin_may_correct_sources_and_the_directory():
    call_command("create_volunteer", "lin", "--content-admin", stdout=StringIO())
    user = get_user_model().objects.get(username="lin")
    assert user.has_perm("corrections.change_sourcecorrection")
    assert user.has_perm("corrections.change_directorycorrection")
