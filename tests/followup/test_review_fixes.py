"""The answer's file leaves no empty folder behind, a letter to the regulator is tracked
at the regulator it is addressed to, and sources carry our summary."""

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile

from assistant.assessment.lenders import CODES
from assistant.cases.content import SOURCE_SUMMARIES
from assistant.followup import presenting, tracking
from assistant.followup.models import SentItem
from assistant.letters.kinds import LOCAL_REGULATOR, NFRA, REGULATORS
from tests.followup.conftest import DAY_15, record, url
from tests.followup.test_tracker import PNG


def folders(root):
    """Empty random folders left under evidence/ (the shared parent may stay)."""
    return sorted(p for p in (root / "evidence").rglob("*") if p.is_dir() and not any(p.iterdir()))


def answer(client, case, item, name):
    data = {"about": "complaint", "channel": "lender", "sent_on": "2026-11-10", "extension": "0"}
    upload = SimpleUploadedFile(name, PNG, content_type="image/png")
    return client.post(url("followup:edit", case.pk, item.pk), {**data, "reply_file": upload})


def test_a_new_answer_file_replaces_the_old_one_and_its_folder(client, huabei, travel):
    travel(DAY_15)
    record(client, huabei)
    item = SentItem.objects.get()
    answer(client, huabei, item, "first.png")
    assert answer(client, huabei, item, "second.png").status_code == 302
    media = settings.MEDIA_ROOT
    assert [p.name for p in media.rglob("*.png")] == ["second.png"]
    assert folders(media) == []
    SentItem.objects.get().delete()
    assert list(media.rglob("*.png")) == [] and folders(media) == []


REGULATOR_WORDS = {
    "nfra_12378": "12378",
    "local_financial_regulator": "地方金融",
    "consumer_12315": "12315",
    "police_110": "公安局",
}


@pytest.mark.parametrize("lender", CODES)
def test_a_regulator_letter_is_tracked_where_it_is_addressed(lender):
    channel = tracking.channel_for_letter("complaint_regulator", "post", lender)
    addressed_to = "".join(line.zh for line in REGULATORS[lender])
    assert REGULATOR_WORDS[channel] in addressed_to
    assert (REGULATORS[lender] == NFRA) == (channel == "nfra_12378")
    assert (REGULATORS[lender] == LOCAL_REGULATOR) == (channel == "local_financial_regulator")


def test_a_waiting_item_cites_its_rule_with_our_summary(client, huabei, travel):
    travel(DAY_15)
    record(client, huabei)
    (row,) = presenting.follow_up(huabei)["open"]
    (source,) = row["sources"]
    assert source["source"].id == "complaint_handling_2020"
    assert source["summary"] == SOURCE_SUMMARIES["complaint_handling_2020"]
