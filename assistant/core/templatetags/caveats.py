"""The "check the official text" caveat, once per page.

A page may cite a dozen sources, some of them not yet confirmed against the official text
(registry `verified: false`). Each such citation gets a mark (includes/sources.html), and the
page says once, at its foot, what the mark means: a caveat after every citation reads as
noise. `note_unverified` records on the request that the page used the mark;
`unverified_legend` (in base.html, after the page's content) prints the legend if it did.
"""

from django import template
from django.utils.html import format_html

from assistant.cases import content

register = template.Library()
MARK = "†"


@register.simple_tag(takes_context=True)
def note_unverified(context, sources):
    """Remember that the page cites an unverified source; prints nothing."""
    request = context.get("request")
    if request is not None and any(not item["source"].verified for item in sources or ()):
        request.anxin_cites_unverified = True
    return ""


@register.simple_tag(takes_context=True)
def unverified_legend(context):
    request = context.get("request")
    if request is None or not getattr(request, "anxin_cites_unverified", False):
        return ""
    return format_html('<p class="caveat-legend">{} {}</p>', MARK, content.CHECK_OFFICIAL_TEXT)
