"""The date the case page shows first: the nearest deadline, else the nearest key date."""

from datetime import date

from assistant.followup import keydates
from assistant.followup.models import PaymentOrder
from tests.followup.conftest import DAY_15, record


def test_without_deadlines_it_is_the_next_key_date_ahead(client, huabei, travel):
    travel(DAY_15)
    nearest = keydates.nearest(huabei)
    ahead = [d for d in keydates.key_dates(huabei) if d.day >= date(2026, 11, 25)]
    assert nearest == ahead[0]
    assert not nearest.deadline


def test_a_reply_deadline_comes_before_a_nearer_stage_date(client, huabei, travel):
    travel(DAY_15)
    record(client, huabei, reference="TS-1")
    PaymentOrder.objects.create(case=huabei, served_on=date(2026, 11, 20))
    nearest = keydates.nearest(huabei)
    assert nearest.deadline
    assert nearest.day == date(2026, 11, 25)  # the 15-day answer, due today


def test_the_case_page_shows_it_at_the_top(client, huabei, travel):
    travel(DAY_15)
    record(client, huabei, reference="TS-1")
    text = client.get(f"/en/cases/{huabei.pk}/").text
    top = text[text.index('class="case-top"') : text.index("</section>", text.index("case-top"))]
    assert "Nearest date" in top and "2026-11-25" in top
    assert "Log a call" in top and "Letters" in top and "Next step" in top
