from django.http import Http404
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from assistant.cases import content
from assistant.cases.presenting import cite
from assistant.core.pages import render_page
from assistant.rights import glossary as glossary_data
from assistant.rights.models import RightsPage

MAX_QUERY = 100

# Tools a page points to after its text, by page slug.
PAGE_TOOLS = {
    "interest-and-fees": (("help:apr_check", _("Check your real yearly rate")),),
    "where-to-complain": (("help:directory", _("Phone numbers and where to get help")),),
    "scam-warnings": (("help:directory", _("Phone numbers and where to get help")),),
    **{
        slug: (("cases:court_papers_start", _("I received court papers")),)
        for slug in (
            "legal-process",
            "payment-order-objection",
            "defence-and-jurisdiction",
            "mediation-and-settlement",
            "enforcement",
        )
    },
}


def _matches(page, terms):
    """Every term appears in some language's text of the page (a reader may search in either)."""
    haystacks = [text.search_text.lower() for text in page.texts.all()]
    return all(any(term in haystack for haystack in haystacks) for term in terms)


def index(request):
    query = request.GET.get("q", "").strip()[:MAX_QUERY]
    terms = query.lower().split()
    language = get_language()
    rows = [
        {"page": page, "text": page.text_for(language)}
        for page in RightsPage.objects.prefetch_related("texts")
        if not terms or _matches(page, terms)
    ]
    context = {"rows": [row for row in rows if row["text"]], "query": query}
    return render_page(request, "rights/index.html", context, partial="results")


def detail(request, slug):
    """One page: the summary and its sources first, then each section with its own."""
    page = RightsPage.objects.prefetch_related("texts").filter(slug=slug).first()
    language = get_language()
    text = page and page.text_for(language)
    if text is None:
        raise Http404("no such rights page")
    # Each glossary term is linked where the page first uses it, summary included.
    seen = set()
    summary = glossary_data.link_terms(text.summary, text.language, seen)
    sections = [
        {
            **section,
            "html": glossary_data.link_terms(section["text"], text.language, seen),
            "cited": cite(section["sources"]),
        }
        for section in text.sections
    ]
    context = {
        "page": page,
        "text": text,
        "summary": summary,
        "translated": text.language == language,
        "summary_sources": cite(page.sources),
        "sections": sections,
        "tools": [
            {"url": reverse(name), "label": label} for name, label in PAGE_TOOLS.get(slug, ())
        ],
        "content": content,
    }
    return render_page(request, "rights/detail.html", context)


def glossary(request):
    """Every term, with an anchor per term for the links in the rights pages and case page."""
    context = {
        "terms": [
            {"term": term, "cited": cite(term.sources)}
            for term in glossary_data.terms(get_language())
        ],
        "last_reviewed": glossary_data.last_reviewed(),
        "content": content,
    }
    return render_page(request, "rights/glossary.html", context)
