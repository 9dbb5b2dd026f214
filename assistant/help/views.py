from django.utils.translation import get_language

from assistant.assessment.registry import default_registry
from assistant.cases import content, court_words
from assistant.cases.presenting import cite
from assistant.core.pages import render_page
from assistant.help import apr
from assistant.help.directory import directory as directory_groups
from assistant.help.forms import AprCheckForm

# What a collector must not do, each with the rules that say so (ids in the source registry).
MUST_NOT = (
    ("hours", ("gbt_45251_2025_hours", "cba_2026_hours")),
    ("threats", ("civil_code_1024", "psapl_2025_50")),
    ("third_parties", ("pipl_10", "civil_code_1033", "gbt_45251_2025_third_parties")),
    ("impersonation", ("cbirc_2022_9_art41", "criminal_law_279")),
    ("fees", ("cba_2026_fees",)),
)


def call_now(request):
    """The advice is the same for everybody ({% shared %} in the template keeps it per
    language and content version); its rules and values are worked out only when it is
    rendered again (the template calls them). Nothing on it is the reader's own: "log this
    call" is calls:quick for everybody."""
    return render_page(
        request,
        "help/call_now.html",
        {
            "rules": lambda: {
                **{key: cite(ids) for key, ids in MUST_NOT},
                "court_check": cite(court_words.CHECK_SOURCES),
            },
            "values": lambda: content.rule_values(default_registry()),
            "content": content,
        },
    )


def directory(request):
    groups = directory_groups(get_language())
    for group in groups:
        for entry in group["entries"]:
            entry["cited"] = cite(entry["sources"])
    return render_page(request, "help/directory.html", {"groups": groups, "content": content})


def apr_check(request):
    """The form reads the query string, so a result can be bookmarked and needs no JavaScript."""
    registry = default_registry()
    form = AprCheckForm(request.GET or None)
    result = None
    if form.is_valid():
        result = apr.check_apr(
            form.cleaned_data["received"],
            form.cleaned_data["instalment"],
            form.cleaned_data["months"],
            registry,
        )
    context = {
        "form": form,
        "result": result,
        "band_text": result and result.band and content.APR_BANDS[result.band],
        "rules": cite(apr.threshold_sources(registry)),
        "lines": apr.threshold_percents(registry),
        "content": content,
    }
    return render_page(request, "help/apr_check.html", context)
