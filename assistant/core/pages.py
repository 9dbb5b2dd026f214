"""One way to answer a page: the whole page, or only its main partial for htmx requests."""

from django.shortcuts import render
from django.utils.cache import patch_vary_headers


def render_page(request, template_name, context=None, *, partial="main", status=None):
    """Render `template_name`; an htmx request (not a boosted link) gets `template#partial`.

    Each page template wraps its main content in `{% partialdef main inline %}` so the
    same markup serves the full page (no JavaScript) and the htmx swap.
    """
    if request.htmx and not request.htmx.boosted:
        template_name = f"{template_name}#{partial}"
    response = render(request, template_name, context or {}, status=status)
    patch_vary_headers(response, ("HX-Request",))
    return response
