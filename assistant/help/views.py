from assistant.assessment.registry import default_registry
from assistant.calls.navigation import log_call_links
from assistant.cases import content
from assistant.cases.presenting import cite
from assistant.core.pages import render_page

# What a collector must not do, each with the rules that say so (ids in the source registry).
MUST_NOT = (
    ("hours", ("gbt_45251_2025_hours", "cba_2026_hours")),
    ("threats", ("civil_code_1024", "psapl_2025_50")),
    ("third_parties", ("pipl_10", "civil_code_1033", "gbt_45251_2025_third_parties")),
    ("impersonation", ("cbirc_2022_9_art41", "criminal_law_279")),
    ("fees", ("cba_2026_fees",)),
)


def call_now(request):
    rules = {key: cite(ids) for key, ids in MUST_NOT}
    return render_page(
        request,
        "help/call_now.html",
        {
            "rules": rules,
            "values": content.rule_values(default_registry()),
            "log_links": log_call_links(request),
            "content": content,
        },
    )
