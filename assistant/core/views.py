from django.db import connection
from django.http import HttpResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from assistant.cases.access import cases_for
from assistant.core.pages import render_page


def home(request):
    context = {"has_cases": cases_for(request).exists()}
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
