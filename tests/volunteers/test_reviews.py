import datetime

from assistant.rights.models import RightsPage
from assistant.volunteers.reviews import review_items
from tests.volunteers.conftest import url
from tests.volunteers.helpers import make_volunteer, verified_volunteer_client


def test_the_oldest_review_comes_first_and_is_marked_due():
    RightsPage.objects.create(slug="old-page", last_reviewed=datetime.date(2020, 1, 1))
    items, due_before = review_items("en", today=datetime.date(2026, 12, 1))
    assert items[0].id == "old-page" and items[0].reviewed < due_before
    kinds = {item.kind for item in items}
    assert kinds == {"rights", "source", "directory"}
    assert all(item.file for item in items if item.kind != "rights")


def test_a_content_admin_gets_a_link_to_correct_a_rights_page(client):
    page = RightsPage.objects.create(slug="old-page", last_reviewed=datetime.date(2020, 1, 1))
    admin_link = url("admin:rights_rightspage_change", page.pk, language="zh-hans")
    volunteer = verified_volunteer_client(client, make_volunteer("vera"))
    html = volunteer.get(url("volunteer:reviews", language="zh-hans")).content.decode()
    assert "old-page" in html and "sources.json" in html and admin_link not in html
    client.logout()
    editor = verified_volunteer_client(client, make_volunteer("cora", staff=True))
    html = editor.get(url("volunteer:reviews", language="zh-hans")).content.decode()
    assert admin_link in html
