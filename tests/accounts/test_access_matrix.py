"""Every URL that names an object by id: its owner gets it, nobody else learns it exists.

The URL patterns are enumerated from the resolver, so a new URL that takes an id fails here
until it is added to OBJECT_IDS (and so is checked).
"""

from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import URLResolver, get_resolver, reverse

from assistant.accounts.retention import activity_models
from assistant.assessment.conduct import REPORTED_CODES
from assistant.calls.history import edit_call
from assistant.cases.models import Case
from assistant.sharing import codes
from assistant.sharing.models import AuditEntry
from tests.accounts.conftest import PASSWORD, add_call_with_file, add_letter, case_of
from tests.followup.helpers import add_sent_item_with_file
from tests.sharing.conftest import make_volunteer, share, sign_in

# URL name -> the owner's object ids it takes (from the `objects` fixture).
OBJECT_IDS = {
    "cases:detail": lambda o: {"pk": o["case"].pk},
    "calls:list": lambda o: {"case_pk": o["case"].pk},
    "calls:new": lambda o: {"case_pk": o["case"].pk},
    "calls:suggest": lambda o: {"case_pk": o["case"].pk},
    "calls:from_screenshot": lambda o: {"case_pk": o["case"].pk},
    "calls:confirm": lambda o: {"case_pk": o["case"].pk, "pk": o["call"].pk},
    "calls:edit": lambda o: {"case_pk": o["case"].pk, "pk": o["call"].pk},
    "calls:delete": lambda o: {"case_pk": o["case"].pk, "pk": o["call"].pk},
    "calls:attach": lambda o: {"case_pk": o["case"].pk, "pk": o["call"].pk},
    "calls:undo": lambda o: {"case_pk": o["case"].pk, "pk": o["change"].pk},
    "calls:evidence": lambda o: {"case_pk": o["case"].pk, "pk": o["file"].pk},
    "calls:export_csv": lambda o: {"case_pk": o["case"].pk},
    "calls:evidence_pdf": lambda o: {"case_pk": o["case"].pk},
    "calls:evidence_html": lambda o: {"case_pk": o["case"].pk},
    "letters:new": lambda o: {"case_pk": o["case"].pk, "kind": "complaint_lender"},
    "letters:detail": lambda o: {"pk": o["letter"].pk},
    "letters:edit": lambda o: {"pk": o["letter"].pk},
    "letters:preview": lambda o: {"pk": o["letter"].pk},
    "letters:mark_sent": lambda o: {"pk": o["letter"].pk},
    "letters:pdf": lambda o: {"pk": o["letter"].pk},
    "cases:calendar": lambda o: {"pk": o["case"].pk},
    "cases:court_papers": lambda o: {"pk": o["case"].pk},
    "cases:details": lambda o: {"pk": o["case"].pk},
    "followup:tracker": lambda o: {"case_pk": o["case"].pk},
    "followup:new": lambda o: {"case_pk": o["case"].pk},
    "followup:edit": lambda o: {"case_pk": o["case"].pk, "pk": o["sent_item"].pk},
    "followup:reply_file": lambda o: {"case_pk": o["case"].pk, "pk": o["sent_item"].pk},
    "followup:payment_order": lambda o: {"case_pk": o["case"].pk},
    "sharing:create_code": lambda o: {"case_pk": o["case"].pk},
    "sharing:cancel_codes": lambda o: {"case_pk": o["case"].pk},
    "sharing:revoke": lambda o: {"case_pk": o["case"].pk, "pk": o["share"].pk},
    "sharing:log": lambda o: {"case_pk": o["case"].pk},
    "sharing:add_note": lambda o: {"case_pk": o["case"].pk},
}

# What a volunteer the case is shared with may not do either: it stays the owner's.
OWNER_ONLY = {"sharing:create_code", "sharing:cancel_codes", "sharing:revoke", "sharing:log"}
# The call log is the borrower's own evidence: a volunteer reads and exports it, no more.
OWNER_ONLY |= {"calls:new", "calls:suggest", "calls:confirm", "calls:edit", "calls:delete"}
OWNER_ONLY |= {"calls:undo", "calls:attach", "calls:from_screenshot"}
# Completing a case a quick call started is the borrower's.
OWNER_ONLY |= {"cases:details"}
# So are the follow-up records: a volunteer reads them (and the answer's file), no more.
OWNER_ONLY |= {"followup:new", "followup:edit", "followup:payment_order"}
# Marking a letter sent starts a follow-up record: the borrower's step too.
OWNER_ONLY |= {"letters:mark_sent"}


def object_url_names(resolver=None, namespace="", route=""):
    """Names of every pattern (outside the admin) whose full route takes an integer id."""
    names = []
    for pattern in (resolver or get_resolver()).url_patterns:
        full_route = route + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            if pattern.namespace != "admin":
                names += object_url_names(pattern, inner, full_route)
        elif "<int:" in full_route:
            names.append(f"{namespace}{pattern.name}")
    return sorted(set(names))


# A request each URL's owner would really make (the POST-only ones and every write).
SENT = {"version": "1", "sent_on": "2026-11-10", "sent_channel": "post"}
ITEM = {"about": "complaint", "channel": "lender", "sent_on": "2026-11-10", "extension": "0"}
CALL = {"at": "2026-11-20T10:15", "channel": "phone", "summary": "又打来了"}
WRITES = {
    "calls:new": lambda o: CALL,
    "calls:confirm": lambda o: {"code": REPORTED_CODES[0]},
    "calls:edit": lambda o: CALL | {"summary": "改成这样"},
    "calls:delete": lambda o: {},
    "calls:attach": lambda o: {"files": [SimpleUploadedFile("截图.pdf", b"%PDF-1.4\n%%EOF")]},
    "calls:undo": lambda o: {},
    "letters:new": lambda o: {"sender_name": "李明华", "sender_phone": "13800000000"},
    "letters:edit": lambda o: letter_fields(o["letter"]) | {"subject": "新的标题"},
    "letters:preview": lambda o: letter_fields(o["letter"]),
    "letters:mark_sent": lambda o: SENT,
    "followup:new": lambda o: ITEM,
    "followup:edit": lambda o: ITEM | {"reply": "他们说会核查"},
    "followup:payment_order": lambda o: {"served_on": "2026-11-20"},
    "sharing:create_code": lambda o: {},
    "sharing:cancel_codes": lambda o: {},
    "sharing:revoke": lambda o: {},
    "sharing:add_note": lambda o: {"text": "已核对还款计划"},
}

# What the owner gets: 200, or the redirect (URL name, ids) after a write. Never the log-in.
CASE = lambda o: {"pk": o["case"].pk}  # noqa: E731
CASE_PK = lambda o: {"case_pk": o["case"].pk}  # noqa: E731
OWNER_GETS = dict.fromkeys(OBJECT_IDS, 200) | {
    "calls:new": ("calls:list", CASE_PK),
    "calls:confirm": ("calls:list", CASE_PK),
    "calls:edit": ("calls:list", CASE_PK),
    "calls:delete": ("calls:list", CASE_PK),
    "calls:attach": ("calls:list", CASE_PK),
    "calls:undo": ("calls:list", CASE_PK),
    "letters:new": ("letters:detail", lambda o: {"pk": o["letter"].pk + 1}),
    "letters:edit": ("letters:detail", lambda o: {"pk": o["letter"].pk}),
    "letters:mark_sent": ("letters:detail", lambda o: {"pk": o["letter"].pk}),
    "followup:new": ("cases:detail", CASE),
    "followup:edit": ("cases:detail", CASE),
    "followup:payment_order": ("cases:detail", CASE),
    "cases:details": ("cases:detail", CASE),  # the details form lives on the case page
    "sharing:create_code": ("cases:detail", CASE),
    "sharing:cancel_codes": ("cases:detail", CASE),
    "sharing:revoke": ("cases:detail", CASE),
    "sharing:add_note": ("cases:detail", CASE),
}


def letter_fields(letter):
    from assistant.letters.forms import EditForm

    version = letter.latest()
    data = {key: value or "" for key, value in EditForm.initial_from(version.content).items()}
    return data | {"from_version": version.number}


@pytest.fixture
def objects(alice):
    case = case_of(alice)
    call, evidence = add_call_with_file(case)
    change = edit_call(call, {"summary": "改过的记录"})
    return {
        "case": case,
        "call": call,
        "file": evidence,
        "change": change,
        "letter": add_letter(case),
        "sent_item": add_sent_item_with_file(case),
        # The case is shared with one volunteer (so the revoke URL has a real share), and
        # one more code waits unused (so cancelling codes has one to cancel).
        "share": share(case, make_volunteer("helper")),
        "unused_code": codes.create_code(case)[1],
    }


def client_for(client, username):
    if username:
        assert client.login(username=username, password=PASSWORD)
    return client


def ask(visitor, name, objects):
    """The request the owner would make at URL `name`: a POST for writes, else a GET."""
    url = reverse(name, kwargs=OBJECT_IDS[name](objects))
    if name in WRITES:
        return visitor.post(url, WRITES[name](objects))
    return visitor.get(url)


def expected_answer(name, objects):
    answer = OWNER_GETS[name]
    if answer == 200:
        return 200, None
    target, ids = answer
    return 302, reverse(target, kwargs=ids(objects))


def answer_of(response):
    """The status and, for a redirect, where to (its path: the section anchor may vary)."""
    if response.status_code != 302:
        return response.status_code, None
    return 302, urlsplit(response["Location"]).path


def everything_stored():
    """Every row of the case and of what is under it, and every stored file. A look is
    allowed to leave a trace (the audit log, a share's "last looked"), nothing else."""
    rows = {}
    for model in (Case, *activity_models()):
        rows[model._meta.label] = [
            {k: v for k, v in row.items() if k != "last_viewed_at"}
            for row in model.objects.order_by("pk").values()
        ]
    files = sorted(str(p) for p in Path(settings.MEDIA_ROOT).rglob("*") if p.is_file())
    return rows, files


def test_every_object_url_is_in_the_matrix():
    assert object_url_names() == sorted(OBJECT_IDS)
    assert set(WRITES) <= set(OBJECT_IDS)


@pytest.mark.parametrize("name", sorted(OBJECT_IDS))
def test_the_owner_gets_the_real_answer(client, objects, name):
    response = ask(client_for(client, "alice"), name, objects)
    assert answer_of(response) == expected_answer(name, objects)


@pytest.mark.parametrize("name", sorted(WRITES))
def test_the_owners_write_changes_something(client, objects, name):
    """So that "a refused request changed nothing" below means something."""
    before = everything_stored()
    ask(client_for(client, "alice"), name, objects)
    if name == "letters:preview":
        assert everything_stored() == before  # a preview stores nothing, for anyone
    else:
        assert everything_stored() != before


@pytest.mark.parametrize("name", sorted(OBJECT_IDS))
@pytest.mark.parametrize("who", ["bob", "volunteer", None])
def test_anyone_else_gets_not_found(client, objects, bob, name, who):
    if who == "volunteer":
        # A volunteer (second factor passed) without a share of this case.
        visitor = sign_in(client, make_volunteer("volunteer"))
    else:
        visitor = client_for(client, who)
    url = reverse(name, kwargs=OBJECT_IDS[name](objects))
    before = everything_stored()
    for response in (visitor.get(url), ask(visitor, name, objects)):
        assert response.status_code in (404, 405), (who, url, response.status_code)
    assert response.status_code == 404
    assert everything_stored() == before
    assert not AuditEntry.objects.exclude(volunteer=objects["share"].volunteer).exists()


@pytest.mark.parametrize("name", sorted(OBJECT_IDS))
def test_a_volunteer_with_a_share_reaches_the_shared_case(client, objects, name):
    visitor = sign_in(client, objects["share"].volunteer)
    before = everything_stored()
    response = ask(visitor, name, objects)
    if name in OWNER_ONLY:
        assert response.status_code == 404
        assert everything_stored() == before
    else:
        assert answer_of(response) == expected_answer(name, objects)


SHARED_URLS = sorted(set(OBJECT_IDS) - OWNER_ONLY)


@pytest.mark.parametrize("name", SHARED_URLS)
def test_a_volunteer_whose_session_skipped_the_second_factor_reaches_nothing(client, objects, name):
    client.force_login(objects["share"].volunteer)  # a password only: no second factor
    before = everything_stored()
    assert ask(client, name, objects).status_code == 404
    assert everything_stored() == before
    assert not AuditEntry.objects.exists()


@pytest.mark.parametrize("name", SHARED_URLS)
def test_a_revoked_share_reaches_nothing(client, objects, name):
    codes.revoke(objects["share"])
    visitor = sign_in(client, objects["share"].volunteer)
    before = everything_stored()
    assert ask(visitor, name, objects).status_code == 404
    assert everything_stored() == before
    assert not AuditEntry.objects.exists()
