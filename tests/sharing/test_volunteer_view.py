"""What a volunteer sees on a shared case: whose it is, the way back, no borrower-only links."""

from django.urls import reverse

from tests.sharing.conftest import share, sign_in


def test_the_case_page_says_whose_shared_case_it_is_and_leads_back(client, case, volunteer):
    share(case, volunteer)
    text = sign_in(client, volunteer).get(f"/en/cases/{case.pk}/").text
    banner = text[
        text.index('class="volunteer-banner"') : text.index(
            "</div>", text.index("volunteer-banner")
        )
    ]
    assert "a case shared with you" in banner and "alice" in banner
    assert f'href="{reverse("volunteer:dashboard")}"' in banner


def test_borrower_only_links_are_hidden_from_a_volunteer(client, case, volunteer):
    share(case, volunteer)
    text = sign_in(client, volunteer).get(f"/en/cases/{case.pk}/").text
    for borrower_only in ("cases:list", "cases:new", "followup:reminders"):
        assert f'href="{reverse(borrower_only)}"' not in text
    assert f'href="{reverse("calls:new", args=[case.pk])}"' not in text
    assert "I sent a complaint" not in text


def test_the_call_log_carries_the_banner_too(client, case, volunteer):
    share(case, volunteer)
    text = sign_in(client, volunteer).get(f"/en/cases/{case.pk}/calls/").text
    assert 'class="volunteer-banner"' in text and "Back to the case" in text


def test_the_owner_sees_no_banner(client, alice, case):
    client.force_login(alice)
    assert 'class="volunteer-banner"' not in client.get(f"/en/cases/{case.pk}/").text


def test_the_dashboard_puts_the_stage_and_the_counts_on_their_own_lines(client, case, volunteer):
    share(case, volunteer)
    text = sign_in(client, volunteer).get("/en/volunteer/").text
    assert '<span class="row-stage">Stage: ' in text
    assert '<span class="row-counts">Calls that broke the rules: ' in text


def test_a_case_started_from_a_call_shows_no_stage_on_the_dashboard(client, case, volunteer):
    case.details_pending = True
    case.save()
    share(case, volunteer)
    text = sign_in(client, volunteer).get("/en/volunteer/").text
    assert "the borrower has not described the debt yet" in text
    assert "Stage: " not in text
