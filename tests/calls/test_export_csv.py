import csv
import io

import pytest

from assistant.calls.export import safe_cell
from tests.calls.conftest import add_call, url

pytestmark = pytest.mark.django_db

# The late call's flags (after 22:00, threat to tell family) break these rules, each once.
RULES_OF_THE_LATE_THREAT = [
    "GB/T 45251-2025《互联网金融 个人网络消费信贷 贷后催收风控指引》 5.3",
    "中华人民共和国民法典 第一千零三十三条",
    "互联网金融逾期债务催收自律公约（试行）",
    "中华人民共和国个人信息保护法 第五条、第六条、第十三条",
]


def download(client, case, language="en"):
    return client.get(url("export_csv", case, language))


def rows(response):
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:])))


def test_it_is_a_utf8_csv_download_with_a_byte_order_mark(client, my_case):
    response = download(client, my_case)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith("attachment;")
    assert response.content.startswith(b"\xef\xbb\xbf")


def test_it_has_one_row_per_call_oldest_first_with_every_column(client, my_case):
    header, first, second = rows(download(client, my_case))
    assert header == [
        "time",
        "channel",
        "answered",
        "number",
        "organisation they named",
        "collector's name",
        "minutes",
        "what was said",
        "conduct",
        "flags",
        "rules broken",
        "conduct codes",
        "flag codes",
    ]
    assert first[0] == "2026-11-16T10:05:00+08:00"
    cells, rules, codes = second[:10], second[10], second[11:]
    assert cells == [
        "2026-11-18T22:40:00+08:00",
        "Phone call",
        "yes",
        "0755-0000000",
        "某某资产管理",
        "王经理",
        "6",
        "说今晚不还就联系我父母和单位",
        "Threat to tell the borrower's family or contacts",
        "Contact outside permitted hours；Threat to tell the borrower's family or contacts",
    ]
    assert rules.split("; ") == RULES_OF_THE_LATE_THREAT
    assert codes == ["threat_contact_third_party", "outside_hours threat_contact_third_party"]


def test_the_cells_are_words_in_the_readers_language(client, my_case):
    second = rows(download(client, my_case, "zh-hans"))[2]
    assert second[1] == "电话" and second[2] == "是"
    assert "借款人" in second[8] and "你" not in second[8] + second[9]


def test_the_headers_follow_the_readers_language(client, my_case):
    header = rows(download(client, my_case, "zh-hans"))[0]
    assert header[:3] == ["时间", "方式", "已接听"]


@pytest.mark.parametrize("text", ['=HYPERLINK("http://x")', "+86 138", "-2+3", "@SUM(A1)"])
def test_a_cell_that_could_run_as_a_formula_is_made_harmless(client, empty_case, text):
    add_call(empty_case, "2026-11-19T10:00+08:00", summary=text, number=text)
    row = rows(download(client, empty_case))[1]
    assert row[3] == row[7] == "'" + text


def test_ordinary_cells_are_left_alone():
    assert safe_cell("王经理") == "王经理"
    assert safe_cell(6) == "6"
    assert safe_cell(None) == ""


def test_someone_elses_case_is_not_found(client, my_case, someone_elses_case):
    assert download(client, someone_elses_case).status_code == 404


def test_a_call_logged_or_deleted_since_the_last_download_is_in_the_next(client, empty_case):
    add_call(empty_case, "2026-11-19T10:00+08:00")
    assert len(rows(download(client, empty_case))) == 2
    late = add_call(empty_case, "2026-11-19T23:10+08:00")
    assert rows(download(client, empty_case))[2][12] == "outside_hours"
    client.post(url("delete", empty_case, pk=late.pk))
    assert len(rows(download(client, empty_case))) == 2


# Written out here, not taken from the code: what a spreadsheet starts a formula with.
SPREADSHEET_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def test_no_cell_of_the_download_starts_a_formula_whatever_was_typed(client, empty_case):
    """The guard again, over every typed column and every leading character at once."""
    for n, start in enumerate(SPREADSHEET_FORMULA_STARTS):
        typed = f"{start}cmd|' /C calc'!A{n}"
        add_call(
            empty_case,
            f"2026-11-19T1{n}:00+08:00",
            number=typed,
            organisation=typed,
            collector=typed,
            summary=typed,
        )
    calls = rows(download(client, empty_case))[1:]
    assert len(calls) == len(SPREADSHEET_FORMULA_STARTS)
    cells = [cell for row in calls for cell in row if "calc" in cell]
    assert len(cells) == 4 * len(SPREADSHEET_FORMULA_STARTS)
    assert all(cell.startswith("'") for cell in cells), cells
