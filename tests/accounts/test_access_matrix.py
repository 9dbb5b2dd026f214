"""Every URL that names an object by id: its owner gets it, nobody else learns it exists.

The URL patterns are enumerated from the resolver, so a new URL that takes an id fails here
until it is added to OBJECT_IDS (and so is checked).
"""

import pytest
from django.urls import URLResolver, get_resolver, reverse

from assistant.calls.history import edit_call
from assistant.calls.models import Call
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
        # The case is shared with one volunteer (so the revoke URL has a real share).
        "share": share(case, make_volunteer("helper")),
    }


def client_for(client, username):
    if username:
        assert client.login(username=username, password=PASSWORD)
    return client


def test_every_object_url_is_in_the_matrix():
    assert object_url_names() == sorted(OBJECT_IDS)


@pytest.mark.parametrize("name", sorted(OBJECT_IDS))
def test_the_owner_reaches_it(client, objects, name):
    response = client_for(client, "alice").get(reverse(name, kwargs=OBJECT_IDS[name](objects)))
    # 405: the URL only takes a POST; the object check still ran for the others below.
    assert response.status_code in (200, 302, 405)


@pytest.mark.parametrize("name", sorted(OBJECT_IDS))
@pytest.mark.parametrize("who", ["bob", "volunteer", None])
def test_anyone_else_gets_not_found(client, objects, bob, name, who):
    if who == "volunteer":
        # A volunteer (second factor passed) without a share of this case.
        visitor = sign_in(client, make_volunteer("volunteer"))
    else:
        visitor = client_for(client, who)
    url = reverse(name, kwargs=OBJECT_IDS[name](objects))
    for response in (visitor.get(url), visitor.post(url, {})):
        assert response.status_code in (404, 405), (who, url, response.status_code)
    # Nothing was changed on the owner's behalf either: the call is still in the log.
    assert Call.objects.filter(pk=objects["call"].pk).exists()


@pytest.mark.parametrize("name", sorted(OBJECT_IDS))
def test_a_volunteer_with_a_share_reaches_the_shared_case(client, objects, name):
    visitor = sign_in(client, objects["share"].volunteer)
    url = reverse(name, kwargs=OBJECT_IDS[name](objects))
    if name in OWNER_ONLY:
        for response in (visitor.get(url), visitor.post(url, {})):
            assert response.status_code in (404, 405), (url, response.status_code)
    else:
        assert visitor.get(url).status_code in (200, 302, 405)
