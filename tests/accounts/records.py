"""The follow-up and sharing records a case or an account can hold, for the data-rights tests."""

from assistant.followup.models import ReminderChoice, ReminderSent
from assistant.sharing.models import AuditEntry, FailedShareCode, Note
from tests.followup.helpers import add_sent_item_with_file
from tests.sharing.conftest import make_volunteer, share


def add_everything(case, volunteer_name="helper"):
    """A sent item with its answer's file, a visible and an internal note, a share and a look."""
    volunteer = make_volunteer(volunteer_name)
    the_share = share(case, volunteer)
    name = volunteer.get_username()
    return {
        "sent": add_sent_item_with_file(case, b"%PDF-1.4 answer=1+1"),
        "note": Note.objects.create(
            case=case, author=volunteer, author_name=name, text='=HYPERLINK("x") 已核对'
        ),
        "internal": Note.objects.create(
            case=case, author=volunteer, author_name=name, text="内部：只给志愿者", internal=True
        ),
        "share": the_share,
        "look": AuditEntry.objects.create(
            case=case, volunteer=volunteer, volunteer_name=name, url_name="calls:list", method="GET"
        ),
        "volunteer": volunteer,
    }


def add_account_records(user):
    ReminderChoice.objects.create(user=user, email="alice@example.com")
    ReminderSent.objects.create(user=user, key="debt-1/2026-12-01/7")
    FailedShareCode.objects.create(volunteer=user, ip="203.0.113.9")
