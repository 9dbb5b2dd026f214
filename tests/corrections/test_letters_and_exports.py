"""A correction of a source reaches what the borrower sends: the incidents a letter cites, the
call log's CSV, and a reply deadline's rule."""

import json

from assistant.assessment.assess import assess
from assistant.cases.records import import_case, to_record
from assistant.letters.kinds import build_content
from tests.cases.conftest import scenario
from tests.corrections.conftest import source_correction

CORRECTED = "第五点三条（已核对）"


def flooded_case():
    return import_case(
        scenario("huabei-day40-flood"), owner=lambda c: setattr(c, "owner_token", "t")
    )


def first_incident_rule(case):
    return assess(to_record(case)).flags[0].rules[0]


def test_a_complaint_cites_the_corrected_article_for_each_incident():
    case = flooded_case()
    source_correction(first_incident_rule(case), article=CORRECTED)
    content = build_content(case, "complaint_lender", {})
    assert CORRECTED in json.dumps(content, ensure_ascii=False)


def test_the_call_log_csv_names_the_corrected_article(client):
    case = import_case(
        scenario("huabei-day40-flood"), owner=lambda c: setattr(c, "owner_token", "me")
    )
    session = client.session
    session["anxin_owner"] = "me"
    session.save()
    source_correction(first_incident_rule(case), article=CORRECTED)
    response = client.get(f"/zh-hans/cases/{case.pk}/calls/export.csv")
    assert response.status_code == 200
    assert CORRECTED in b"".join(
        response.streaming_content if response.streaming else [response.content]
    ).decode("utf-8-sig")
