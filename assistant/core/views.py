from django.conf import settings
from django.db import connection
from django.http import HttpResponse, HttpResponseServerError
from django.template import loader
from django.utils.translation import get_language_from_path
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from assistant.calls.navigation import debts_url, has_debts
from assistant.core.pages import render_page


def home(request):
    has = has_debts(request)
    context = {"has_cases": has, "debts_url": debts_url(has)}
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


def server_error(request):
    """The 500 page in the visitor's language (from the URL's prefix), asking nothing of the
    database and reversing no URL: it must work when the server is in trouble."""
    language = get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    other = "en" if language != "en" else settings.LANGUAGE_CODE
    body = loader.render_to_string("500.html", {"language": language, "other": other})
    return HttpResponseServerError(body)
