"""What the case page shows about sharing: for the owner, who has access and what they did;
for a volunteer with a share, the notes and the note form."""

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from assistant.cases.access import is_owner
from assistant.sharing.forms import NoteForm

NEW_CODE_KEY = "sharing_new_code"
RECENT_LOOKS = 10


def remember_new_code(session, case, code, share_code):
    """Keep the plain code for the next page view only (it is stored nowhere else)."""
    session[NEW_CODE_KEY] = {
        "case": case.pk,
        "code": code,
        "expires": share_code.expires_at.isoformat(),
    }


def _new_code(session, case):
    shown = session.get(NEW_CODE_KEY)
    if not shown or shown.get("case") != case.pk:
        return None
    del session[NEW_CODE_KEY]
    expires = timezone.datetime.fromisoformat(shown["expires"])
    return {"code": shown["code"], "expires": timezone.localtime(expires)}


def sharing_panel(request, case, note_form=None):
    """Context for templates/sharing/case_panel.html, and `read_only` for the parts of the
    case page a volunteer may see but not change (the follow-up section)."""
    if is_owner(request, case):
        return {
            "read_only": False,
            "sharing": {
                "is_owner": True,
                "new_code": _new_code(request.session, case),
                "shares": case.shares.active().order_by("created_at"),
                "waiting_codes": case.share_codes.filter(
                    claimed_at__isnull=True, expires_at__gt=timezone.now()
                ).count(),
                "looks": case.audit_entries.all()[:RECENT_LOOKS],
                "notes": case.volunteer_notes.filter(internal=False),
            },
        }
    return {
        "read_only": True,
        "banner": volunteer_banner(case),
        "sharing": {
            "is_owner": False,
            "notes": case.volunteer_notes.all(),
            "note_form": note_form or NoteForm(),
        },
    }


def volunteer_banner(case):
    """For a volunteer's pages of a shared case: whose case it is, and the way back."""
    owner = case.user.get_username() if case.user_id else _("a borrower without an account")
    return {"owner": owner, "case": case, "dashboard_url": reverse("volunteer:dashboard")}
