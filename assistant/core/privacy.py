"""No page or file of the site is kept by a browser or a proxy: `Cache-Control: private,
no-store` on every response that did not choose its own caching.

Case pages, call logs, CSV files, evidence PDFs, letters, calendars and the export ZIP all
hold a borrower's debts; on a shared phone or an internet café's computer, a copy in the
browser's cache outlives logging out. Rather than remembering the header view by view, it is
the default: a response that should be cached says so itself (`public` or `max-age`).
Static files are answered by WhiteNoise before this middleware sees them.
"""

from django.utils.cache import patch_cache_control


class NoStoreMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        chosen = response.get("Cache-Control", "")
        if "public" not in chosen and "max-age" not in chosen:
            patch_cache_control(response, private=True, no_store=True)
        return response
