"""The words for the court stage: kinds of paper, the deadlines they start, how to check a
paper is real (FACTS.md §5). English msgids, translated lazily; codes from
assessment/court.py."""

from django.utils.translation import gettext_lazy as _

COURT_DEADLINES = {
    "payment_order_objection": _("Last day to object to the payment order"),
    "defence": _("Last day for your defence statement"),
    "jurisdiction_objection": _("Last day to object to the court's jurisdiction"),
    "appeal": _("Last day to appeal the judgment"),
}

COURT_DEADLINE_HOW = {
    "payment_order_objection": _(
        "Send the court a written objection to the debt itself by this day, by tracked mail: "
        "posting before the deadline is in time."
    ),
    "defence": _(
        "Send the court your defence statement by this day, by tracked mail or the court's "
        "online service: posting before the deadline is in time."
    ),
    "jurisdiction_objection": _(
        "If you think this court should not hear the case, say so in writing within the "
        "defence period."
    ),
    "appeal": _(
        "An appeal goes in writing, usually through the court that gave the judgment, by this day."
    ),
}

HOLIDAY_CAVEAT = _(
    "Counted from the day after service. A period that ends on a public holiday moves to the "
    "next working day; we do not know the holiday calendar, so the date shown is never later "
    "than the real one."
)

CHECK_REAL = _(
    "Check that it is real before you act on it: call 12368 or the court's own number (look it "
    "up yourself), or find the case on 人民法院在线服务. Never use a number, link or account "
    "that only the message gives."
)

# The source of CHECK_REAL and of every "check it with 12368": the line is [V] in FACTS §2.
CHECK_SOURCES = ("court_12368",)

HELP = _(
    "Free legal advice: call 12348 or visit a public legal service centre; ask about legal aid "
    "if you cannot afford a lawyer. A lawyer is really worth it when the amount is large or a "
    "judgment has already been made."
)
