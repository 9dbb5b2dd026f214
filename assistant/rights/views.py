from django.http import Http404
from django.utils.translation import get_language

from assistant.cases import content
from assistant.cases.presenting import cite
from assistant.core.pages import render_page
from assistant.rights.models import RightsPage

MAX_QUERY = 100


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
    context = {
        "page": page,
        "text": text,
        "translated": text.language == language,
        "summary_sources": cite(page.sources),
        "sections": [{**section, "cited": cite(section["sources"])} for section in text.sections],
        "content": content,
    }
    return render_page(request, "rights/detail.html", context)
