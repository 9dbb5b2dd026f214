"""The "check the official text" caveat, once per page.

A page may cite a dozen sources, some of them not yet confirmed against the official text
(registry `verified: false`). Each such citation gets a mark (includes/sources.html), and the
page says once, after its content, what the mark means: a caveat after every citation reads
as noise. `note_unverified` records that the mark was used, `unverified_legend` prints the
legend if it was and no legend has been printed yet.

Both keep their state in the outermost dict of the template context, which every include
of one render shares, and on the request when there is one. A piece rendered once for every
reader (core/shared.py) carries its own legend at its end; base.html's legend, after the
page's content, then stays silent.
"""

from django import template
from django.utils.html import format_html

from assistant.cases import content

register = template.Library()
MARK = "†"
CITED, SHOWN = "anxin_cites_unverified", "anxin_caveat_shown"


def _flag(context, name):
    request = context.get("request")
    return bool(context.dicts[0].get(name) or getattr(request, name, False))


def _set(context, name):
    context.dicts[0][name] = True
    request = context.get("request")
    if request is not None:
        setattr(request, name, True)


def request_cites_unverified(request) -> bool:
    return getattr(request, CITED, False)


def set_request_cites_unverified(request, cites: bool):
    """What a kept part (core/kept_pages.py) says of its citations, when it is used again
    without being rendered: base.html's legend follows it."""
    setattr(request, CITED, cites)


@register.simple_tag(takes_context=True)
def note_unverified(context, sources):
    """Remember that the page cites an unverified source; prints nothing."""
    if any(not item["source"].verified for item in sources or ()):
        _set(context, CITED)
    return ""


@register.simple_tag(takes_context=True)
def unverified_legend(context):
    if not _flag(context, CITED) or _flag(context, SHOWN):
        return ""
    _set(context, SHOWN)
    return format_html('<p class="caveat-legend">{} {}</p>', MARK, content.CHECK_OFFICIAL_TEXT)
