"""calls:from_screenshot: read, propose, and save only what the borrower confirms."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image, ImageDraw, ImageFont

from assistant.calls import screenshots
from assistant.calls.models import Call, Evidence
from assistant.calls.screenshots import Box
from tests.calls.conftest import url
from tests.reliability.test_hostile_uploads import HOSTILE

pytestmark = pytest.mark.django_db

FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
SMS = [
    "106905xxxx · 11-20 09:12",
    "您的借款已逾期35天，否则将联系您的紧急联系人。",
    "17088216630 · 11-20 22:47",
    "今晚必须结清，不然就爆你通讯录。",
]


def png(lines=SMS, size=(780, 600)):
    image = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, 30)
    for index, line in enumerate(lines):
        draw.text((30, 40 + index * 70), line, fill="black", font=font)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def upload(data, name="shot.png"):
    return SimpleUploadedFile(name, data, content_type="image/png")


@pytest.fixture
def fake_ocr(monkeypatch):
    """The boxes OCR would read from SMS, without running it (one real run is tested below)."""
    monkeypatch.setattr(
        screenshots,
        "read_text",
        lambda image: [Box(text, top=i * 20, left=0) for i, text in enumerate(SMS)],
    )


def read(client, case, data=None, name="shot.png"):
    return client.post(url("from_screenshot", case), {"image": upload(data or png(), name)})


def confirm(client, case, page, **changes):
    token = page.context["token"]
    data = {"token": token, "count": page.context["count"]}
    for row in page.context["rows"]:
        form = row["form"]
        for name in form.fields:
            value = form[name].value()
            if name == "at" and hasattr(value, "strftime"):
                value = value.strftime("%Y-%m-%dT%H:%M")
            if name == "include":
                if value:
                    data[f"{form.prefix}-include"] = "on"
            elif value is not None and name != "conduct":
                data[f"{form.prefix}-{name}"] = value
    data.update(changes)
    return client.post(url("from_screenshot", case), data)


def test_the_page_asks_for_a_screenshot(client, empty_case):
    response = client.get(url("from_screenshot", empty_case))
    assert response.status_code == 200
    assert 'type="file"' in response.text
    assert "Nothing is saved until you confirm" in response.text


def test_it_proposes_one_entry_per_message_and_saves_nothing_yet(client, empty_case, fake_ocr):
    page = read(client, empty_case)
    assert page.status_code == 200
    assert page.context["count"] == 2
    assert "17088216630" in page.text
    assert "suggested because: <q>联系您的紧急联系人</q>" in page.text
    assert "checked" not in page.text.split("proposed-ticks", 1)[1].split("</fieldset>", 1)[0]
    assert Call.objects.count() == 0
    assert Evidence.objects.count() == 0


def test_confirming_saves_the_ticked_entries_with_the_screenshot_as_evidence(
    client, empty_case, fake_ocr
):
    page = read(client, empty_case)
    response = confirm(client, empty_case, page, **{"e0-conduct": "threat_contact_third_party"})
    assert response.status_code == 302
    assert response["Location"].endswith("?imported=2")
    calls = list(empty_case.calls.order_by("at"))
    assert [c.channel for c in calls] == ["sms", "sms"]
    assert calls[0].conduct == ["threat_contact_third_party"]
    assert calls[1].conduct == []  # a suggestion is only ticked by the borrower
    assert [e.name for c in calls for e in c.evidence.all()] == ["shot.png", "shot.png"]
    listing = client.get(response["Location"]).text
    assert "2 calls from your screenshot saved" in listing


def test_an_unticked_entry_is_not_saved(client, empty_case, fake_ocr):
    page = read(client, empty_case)
    response = confirm(client, empty_case, page, **{"e1-include": ""})
    assert response.status_code == 302
    assert empty_case.calls.count() == 1


def test_a_wrong_date_keeps_what_was_typed_and_saves_nothing(client, empty_case, fake_ocr):
    page = read(client, empty_case)
    response = confirm(client, empty_case, page, **{"e0-at": "not a date", "e0-number": "123"})
    assert response.status_code == 200
    assert "Please enter a real date and time" in response.text
    assert 'value="123"' in response.text
    assert Call.objects.count() == 0


def test_a_stale_token_saves_nothing_and_asks_again(client, empty_case, fake_ocr):
    page = read(client, empty_case)
    response = confirm(client, empty_case, page, token="not-the-token")
    assert "no longer waiting" in response.text
    assert Call.objects.count() == 0


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"<html><script>alert(1)</script></html>", "not a screenshot"),
        (png()[:200], "damaged"),
        (b"\x00\x00\x00\x18ftypheic" + b"\x00" * 100, "PNG, JPEG or WebP"),
        (b"", "empty"),
    ],
)
def test_hostile_or_unreadable_files_are_refused(client, empty_case, data, message):
    response = (
        read(client, empty_case, data)
        if data
        else client.post(
            url("from_screenshot", empty_case), {"image": SimpleUploadedFile("x.png", b"")}
        )
    )
    assert response.status_code == 200
    assert message in response.text
    assert Call.objects.count() == 0


def test_a_very_long_screenshot_is_asked_for_in_parts(client, empty_case, fake_ocr):
    response = read(client, empty_case, png(size=(400, 4000)))
    assert "This screenshot is very long" in response.text
    assert Call.objects.count() == 0


def test_a_screenshot_without_messages_says_so(client, empty_case, monkeypatch):
    monkeypatch.setattr(screenshots, "read_text", lambda image: [Box("风景", 0, 0)])
    response = read(client, empty_case)
    assert "We found no messages or calls" in response.text


def test_someone_elses_case_is_not_found(client, my_case, someone_elses_case):
    assert client.get(url("from_screenshot", someone_elses_case)).status_code == 404
    assert read(client, someone_elses_case).status_code == 404


def test_it_really_reads_a_chinese_screenshot(client, empty_case):
    page = read(client, empty_case)
    entries = [row["form"].initial for row in page.context["rows"]]
    assert [e["number"] for e in entries] == ["106905xxxx", "17088216630"]
    assert "紧急联系人" in entries[0]["summary"]
    assert "通讯录" in entries[1]["summary"]


def test_a_screenshot_left_waiting_is_removed_a_day_later(client, empty_case, fake_ocr):
    import datetime

    from django.core.files.storage import default_storage

    from assistant.calls import pending

    read(client, empty_case)
    (folder,) = default_storage.listdir("pending")[0]
    (name,) = default_storage.listdir(f"pending/{folder}")[1]
    kept_at = default_storage.get_modified_time(f"pending/{folder}/{name}")
    pending.remove_stale(kept_at + datetime.timedelta(hours=23))
    assert default_storage.exists(f"pending/{folder}/{name}")
    pending.remove_stale(kept_at + datetime.timedelta(hours=25))
    assert not default_storage.exists(f"pending/{folder}/{name}")


def test_confirming_removes_the_waiting_screenshot(client, empty_case, fake_ocr):
    from django.core.files.storage import default_storage

    confirm(client, empty_case, read(client, empty_case))
    (folder,) = default_storage.listdir("pending")[0]
    assert default_storage.listdir(f"pending/{folder}")[1] == []


@pytest.mark.parametrize(("name", "data", "message"), HOSTILE.values(), ids=list(HOSTILE.keys()))
def test_every_hostile_upload_is_refused_here_too_and_nothing_is_kept(
    client, empty_case, settings, tmp_path, name, data, message
):
    settings.MEDIA_ROOT = tmp_path / "media"
    response = client.post(
        url("from_screenshot", empty_case), {"image": SimpleUploadedFile(name, data)}
    )
    assert response.status_code == 200
    assert message in response.text
    assert not (tmp_path / "media").exists() or not any((tmp_path / "media").rglob("*.*"))
    assert Call.objects.count() == 0
