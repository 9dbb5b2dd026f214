from django.db import connection
from django.http import HttpResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from assistant.calls.navigation import debts_url, log_call_links, log_call_url
from assistant.core.pages import render_page


def home(request):
    links = log_call_links(request)
    debts = debts_url(links)
    context = {
        "has_cases": bool(links),
        "debts_url": debts,
        "log_call_url": log_call_url(request, links, debts),
    }
    return render_page(request, "core/home.html", context)


@never_cache
@require_GET
def healthz(request):
    """200 when the database answers a query, 503 otherwise."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:
        return HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")
