from django.http import Http404
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from assistant.cases import content
from assistant.cases.presenting import cite
from assistant.core.pages import render_page
from assistant.core.shared import shared_html
from assistant.corrections.current import memoised
from assistant.rights import glossary as glossary_data
from assistant.rights.models import RightsPage

MAX_QUERY = 100

# Tools a page points to after its text, by page slug.
PAGE_TOOLS = {
    "interest-and-fees": (("help:apr_check", _("Check your real yearly rate")),),
    "where-to-complain": (("help:directory", _("Phone numbers and where to get help")),),
    "scam-warnings": (("help:directory", _("Phone numbers and where to get help")),),
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
    """One page: the summary and its sources first, then each section with its own.

    The page is the same for every reader, so its title and body are rendered once per
    language and content version (core/shared.py) and put into base.html per request.
    """
    slugs = memoised(
        "rights:slugs", lambda: frozenset(RightsPage.objects.values_list("slug", flat=True))
    )
    rendered = slug in slugs and shared_html(f"rights:{slug}", lambda: _rendered_page(slug))
    if not rendered:
        raise Http404("no such rights page")
    return render_page(request, "rights/detail.html", rendered)


def _rendered_page(slug):
    """{"title", "body"} of the page in the active language, or None when it has no text."""
    page = RightsPage.objects.prefetch_related("texts").filter(slug=slug).first()
    language = get_language()
    text = page and page.text_for(language)
    if text is None:
        return None
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
    body = render_to_string("rights/page_body.html", context)
    return {"title": text.title, "body": mark_safe(body)}  # noqa: S308 (rendered, escaped)


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
