"""One visitor cannot take the site down: a case holds a bounded number of calls, case files
are restored at a bounded rate, and the evidence PDF comes in parts, each laid out in a
process that is stopped after a time limit. Every refusal says what the limit is, in the
reader's language, and keeps what was typed."""

import io
import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from pypdf import PdfReader

from assistant.assessment import limits
from assistant.calls.export import evidence_parts
from assistant.calls.models import Call
from assistant.cases.models import Case
from assistant.core import bounded
from tests.calls.conftest import add_call, url
from tests.cases.conftest import scenario

pytestmark = pytest.mark.django_db


def new_call(client, case, **values):
    data = {"at": "2026-11-21T09:30", "channel": "phone", "answered": "yes", **values}
    return client.post(url("new", case, language="zh-hans"), data)


def test_a_case_with_as_many_calls_as_it_may_hold_takes_no_more(client, empty_case):
    for hour in range(3):
        add_call(empty_case, f"2026-11-20T1{hour}:00+08:00")
    with limits.override(calls_per_case=3):
        response = new_call(client, empty_case, summary="又打来了，说要上门")
    assert response.status_code == 200
    page = response.content.decode()
    assert "已有 3 条联系记录" in page
    assert "又打来了，说要上门" in page  # what was typed is still there
    assert empty_case.calls.count() == 3


def test_below_the_limit_a_call_is_saved(client, empty_case):
    add_call(empty_case, "2026-11-20T10:00+08:00")
    with limits.override(calls_per_case=2):
        response = new_call(client, empty_case)
    assert response.status_code == 302
    assert empty_case.calls.count() == 2


def test_the_real_limit_is_five_thousand_calls():
    assert limits.value("calls_per_case") == 5000


def restore(client, language="zh-hans"):
    body = SimpleUploadedFile("case.json", scenario_bytes(), "application/json")
    prefix = "" if language is None else f"/{language}"
    return client.post(f"{prefix}/account/import/", {"case_file": body})


def scenario_bytes():
    import json

    return json.dumps(scenario("xinyongfei-day5"), ensure_ascii=False).encode()


def test_case_files_are_restored_at_most_so_many_an_hour_per_browser(client):
    with limits.override(case_imports_per_hour=2):
        assert [restore(client).status_code for _ in range(3)] == [302, 302, 429]
    assert Case.objects.count() == 2


def test_the_refusal_names_the_limit_in_the_readers_language(client):
    with limits.override(case_imports_per_hour=1):
        restore(client)
        response = restore(client)
    assert response.status_code == 429
    assert "每个浏览器每小时最多 1 个" in response.content.decode()
    with limits.override(case_imports_per_hour=1):
        english = restore(client, language="en")
    assert "we take 1 an hour from one browser" in english.content.decode()


def test_a_new_session_from_the_same_address_is_counted_too(client, django_user_model):
    from django.test import Client

    with limits.override(case_imports_per_hour=100, case_imports_per_hour_per_address=2):
        first, second, third = Client(), Client(), Client()
        assert restore(first).status_code == 302
        assert restore(second).status_code == 302
        assert restore(third).status_code == 429


def test_an_hour_later_the_browser_may_restore_again(client):
    import time_machine

    with limits.override(case_imports_per_hour=1):
        assert restore(client).status_code == 302
        with time_machine.travel("2026-11-21 13:01 +0800", tick=False):
            assert restore(client).status_code == 302


# The evidence summary in parts.


def test_a_long_log_is_split_by_count_and_by_text():
    rows = [{"call": Call(summary="短")} for _ in range(5)]
    assert evidence_parts(rows, most_calls=2, most_text=1000) == [(0, 2), (2, 4), (4, 5)]
    rows = [{"call": Call(summary="长" * 400)} for _ in range(5)]
    assert evidence_parts(rows, most_calls=500, most_text=1000) == [(0, 2), (2, 4), (4, 5)]
    rows = [{"call": Call(summary="长" * 4000)}, {"call": Call(summary="短")}]
    assert evidence_parts(rows, most_calls=500, most_text=1000) == [(0, 1), (1, 2)]
    assert evidence_parts([], most_calls=2, most_text=10) == [(0, 0)]


def pdf_text(response):
    reader = PdfReader(io.BytesIO(response.content))
    return "".join(page.extract_text() for page in reader.pages).replace("\n", "")


@pytest.fixture
def five_calls(empty_case):
    for day in range(5):
        add_call(empty_case, f"2026-11-1{day}T10:00+08:00", summary=f"第{day + 1}次来电")
    return empty_case


def test_each_part_of_the_pdf_lists_its_own_calls_and_names_the_csv(client, five_calls):
    with limits.override(evidence_pdf_calls_per_part=2):
        response = client.get(url("evidence_pdf", five_calls) + "?part=2")
    assert response["Content-Disposition"].endswith(f'anxin-evidence-{five_calls.pk}-2.pdf"')
    text = pdf_text(response)
    assert "第3次来电" in text and "第4次来电" in text
    assert "第1次来电" not in text and "第5次来电" not in text
    assert "第 2 部分，共 3 部分" in text
    assert "CSV" in text


def test_there_is_no_part_past_the_last(client, five_calls):
    with limits.override(evidence_pdf_calls_per_part=2):
        assert client.get(url("evidence_pdf", five_calls) + "?part=4").status_code == 404
        assert client.get(url("evidence_html", five_calls) + "?part=0").status_code == 200


def test_the_web_page_links_every_part_and_the_csv(client, five_calls):
    with limits.override(evidence_pdf_calls_per_part=2):
        page = client.get(url("evidence_html", five_calls)).content.decode()
    for part in (1, 2, 3):
        assert f"evidence.pdf?part={part}" in page
    assert url("export_csv", five_calls) in page
    assert "5 contacts" in page and "3 parts" in page


def test_a_short_log_is_one_pdf_without_parts(client, five_calls):
    response = client.get(url("evidence_pdf", five_calls))
    assert response["Content-Disposition"].endswith(f'anxin-evidence-{five_calls.pk}.pdf"')
    assert "部分" not in pdf_text(response)


def test_the_csv_holds_every_call_however_many_parts(client, five_calls):
    with limits.override(evidence_pdf_calls_per_part=2):
        csv = client.get(url("export_csv", five_calls)).content.decode()
    assert all(f"第{n}次来电" in csv for n in range(1, 6))


def test_a_render_past_its_time_limit_frees_the_worker_and_keeps_the_text(client, five_calls):
    with limits.override(pdf_render_seconds=0):
        response = client.get(url("evidence_pdf", five_calls, language="zh-hans"))
    assert response.status_code == 503
    page = response.content.decode()
    assert "第5次来电" in page  # the summary as a page instead
    assert "PDF" in page


# The child process itself.


def test_bounded_work_gives_its_bytes_back():
    assert bounded.run(lambda: b"%PDF-1.7 done", seconds=5) == b"%PDF-1.7 done"


def test_bounded_work_past_its_time_is_stopped():
    start = time.monotonic()
    with pytest.raises(bounded.TimedOut):
        bounded.run(lambda: time.sleep(30) or b"", seconds=0.5)
    assert time.monotonic() - start < 5


def test_bounded_work_past_its_memory_fails_without_growing_the_worker():
    with pytest.raises(bounded.WorkFailed, match="MemoryError"):
        bounded.run(lambda: bytes(2 * 1024**3), seconds=10, memory_bytes=256 * 1024**2)


def test_an_error_in_bounded_work_is_reported():
    def fails():
        raise ValueError("layout broke")

    with pytest.raises(bounded.WorkFailed, match="ValueError: layout broke"):
        bounded.run(fails, seconds=5)


def test_evidence_pdfs_are_made_at_most_so_many_an_hour_per_browser(client, five_calls):
    pdf = url("evidence_pdf", five_calls)
    with limits.override(evidence_pdfs_per_hour=2, evidence_pdf_calls_per_part=2):
        answers = [client.get(f"{pdf}?part={part}") for part in (1, 2, 3)]
        again = client.get(f"{pdf}?part=1")  # the kept copy: nothing is laid out
    assert [a.status_code for a in answers] == [200, 200, 429]
    page = answers[-1].content.decode()
    assert "the most we make in an hour" in page
    assert "第5次来电" in page  # the part's summary is there to read instead
    assert again.status_code == 200
    assert again.content == answers[0].content


def test_each_part_is_kept_apart(client, five_calls):
    pdf = url("evidence_pdf", five_calls)
    with limits.override(evidence_pdf_calls_per_part=2):
        first, second = client.get(f"{pdf}?part=1"), client.get(f"{pdf}?part=2")
    assert "第1次来电" in pdf_text(first) and "第3次来电" in pdf_text(second)


# Reading screenshots (OCR): a process with a time limit, and so many an hour.


def _screenshot_page(client, case):
    from tests.calls.test_from_screenshot import read

    return read(client, case)


def test_a_screenshot_read_past_its_time_limit_frees_the_worker_and_says_what_to_do(
    client, empty_case, monkeypatch
):
    import time

    from assistant.calls import screenshots

    monkeypatch.setattr(screenshots, "read_text", lambda image: time.sleep(30) or [])
    with limits.override(screenshot_read_seconds=1):
        response = _screenshot_page(client, empty_case)
    assert response.status_code == 503
    assert "one phone screen at a time" in response.text
    assert not empty_case.calls.exists()


def test_screenshots_read_in_an_hour_are_limited_and_the_refusal_names_the_limit(
    client, empty_case, monkeypatch
):
    from assistant.calls import screenshots
    from tests.calls.test_from_screenshot import SMS, Box

    def fake(image):
        return [Box(text, top=i * 20, left=0) for i, text in enumerate(SMS)]

    monkeypatch.setattr(screenshots, "read_text", fake)
    with limits.override(screenshot_reads_per_hour=2):
        assert _screenshot_page(client, empty_case).status_code == 200
        assert _screenshot_page(client, empty_case).status_code == 200
        refused = _screenshot_page(client, empty_case)
    assert refused.status_code == 429
    assert "2 screenshots in the last hour" in refused.text


def test_the_web_worker_never_loads_the_ocr_models_itself(client, empty_case):
    from assistant.calls import screenshots

    page = _screenshot_page(client, empty_case)
    assert page.status_code == 200 and page.context["rows"]  # really read, in a child
    assert screenshots._engine is None
