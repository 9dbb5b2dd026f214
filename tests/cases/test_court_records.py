"""Court papers are part of the stored case: in the case file, export and import."""

from datetime import date

from assistant.cases.models import Case, CourtPaper
from assistant.cases.records import case_to_file, import_case


def test_court_papers_go_out_in_the_case_file_and_come_back_in(db):
    case = Case.objects.create(
        lender_type="online_platform", first_missed_due_date=date(2026, 9, 1)
    )
    CourtPaper.objects.create(
        case=case, kind="payment_order", served_on=date(2026, 11, 30), court="某某区人民法院"
    )
    data = case_to_file(case)
    assert data["court"] == [
        {"kind": "payment_order", "served_on": "2026-11-30", "court": "某某区人民法院"}
    ]
    copy = import_case(data, lambda c: None)
    paper = copy.court_documents.get()
    assert (paper.kind, paper.served_on, paper.court) == (
        "payment_order",
        date(2026, 11, 30),
        "某某区人民法院",
    )
