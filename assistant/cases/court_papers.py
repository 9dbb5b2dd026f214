""" "I received court papers": the form, saving the paper, and what the page shows after.

A message or call that only claims to come from a court is not saved as a paper: the page
says how to check it first (12368, the court's own number, 人民法院在线服务), because a
fake summons is a common collection bluff (FACTS.md §2, §5).
"""

from django import forms
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from assistant.assessment.assess import today_in_shanghai
from assistant.cases import court_words
from assistant.cases.fields import FriendlyDateField
from assistant.cases.models import CourtPaper, CourtPaperKind
from assistant.cases.presenting import cite
from assistant.core.textfields import LineField
from assistant.followup import tracking

ONLY_A_MESSAGE = "message_only"
KIND_CHOICES = [
    *CourtPaperKind.choices,
    (ONLY_A_MESSAGE, _("Only a text message or a call saying I am being sued")),
]
# The letter that answers a deadline while it runs.
LETTER_FOR = {"payment_order_objection": "payment_order_objection", "defence": "defence_outline"}


class CourtPaperForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("What did you receive?"), choices=KIND_CHOICES, widget=forms.RadioSelect
    )
    served_on = FriendlyDateField(
        label=_("Date it was served on you"),
        required=False,
        help_text=_(
            "The day you received it, by post, in person, by a 12368 text message or online."
        ),
    )
    court = LineField(label=_("Court"), max_length=100, required=False)
    case_number = LineField(
        label=_("Case number"),
        max_length=60,
        required=False,
        help_text=_("For example （2026）某0101民督123号."),
    )

    def clean(self):
        data = super().clean()
        served = data.get("served_on")
        if served and served > today_in_shanghai():
            self.add_error("served_on", _("This date is in the future. Please check it."))
        if data.get("kind") not in (None, ONLY_A_MESSAGE) and not served and "served_on" in data:
            self.add_error("served_on", _("Please give the date: the deadlines count from it."))
        return data


def save(case, data):
    """Store the paper and mark the case as having court papers (the stage follows)."""
    paper = CourtPaper.objects.create(
        case=case,
        kind=data["kind"],
        served_on=data["served_on"],
        court=data.get("court", "").strip(),
        case_number=data.get("case_number", "").strip(),
    )
    if not case.court_papers:
        case.court_papers = True
        case.save(update_fields=["court_papers"])
    return paper


def deadline_rows(case, today=None):
    """Every court deadline with its words, its articles and the letter that answers it."""
    rows = []
    for row in tracking.court_deadlines(case, today or today_in_shanghai()):
        deadline, letter = row["deadline"], LETTER_FOR.get(row["kind"])
        running = deadline.days_left >= 0
        rows.append(
            {
                **row,
                "title": court_words.COURT_DEADLINES[row["kind"]],
                "how": court_words.COURT_DEADLINE_HOW[row["kind"]],
                "sources": cite([deadline.rule.source]),
                "late": not running,
                "letter_url": letter and running and reverse("letters:new", args=[case.pk, letter]),
            }
        )
    return rows
