"""`{% shared "name" %}…{% reader %}…{% endreader %}…{% endshared %}`: a piece of a page
rendered once per language and content version (core/shared.py), with the parts that are
the reader's own (`{% reader %}`, e.g. links to their cases) rendered on every request.

A `{% reader %}` part must not be inside a loop of the shared piece: each one fills one slot.
"""

from django import template
from django.utils.safestring import mark_safe

from assistant.core.shared import SLOT, fill_slots, shared_html

register = template.Library()
BUILDING = "anxin_shared_building"


class ReaderNode(template.Node):
    def __init__(self, nodelist):
        self.nodelist = nodelist

    def render(self, context):
        if context.render_context.get(BUILDING):
            return SLOT
        return self.nodelist.render(context)


class SharedNode(template.Node):
    def __init__(self, name, nodelist):
        self.name = name
        self.nodelist = nodelist
        self.readers = nodelist.get_nodes_by_type(ReaderNode)

    def _build(self, context):
        context.render_context[BUILDING] = True
        try:
            return self.nodelist.render(context)
        finally:
            context.render_context[BUILDING] = False

    def render(self, context):
        shared = shared_html(self.name.resolve(context), lambda: self._build(context))
        parts = [node.nodelist.render(context) for node in self.readers]
        return mark_safe(fill_slots(shared, parts))  # noqa: S308 (rendered by the template engine)


@register.tag("shared")
def do_shared(parser, token):
    bits = token.split_contents()
    if len(bits) != 2:
        raise template.TemplateSyntaxError("{% shared %} takes one argument: the piece's name")
    nodelist = parser.parse(("endshared",))
    parser.delete_first_token()
    return SharedNode(parser.compile_filter(bits[1]), nodelist)


@register.tag("reader")
def do_reader(parser, token):
    nodelist = parser.parse(("endreader",))
    parser.delete_first_token()
    return ReaderNode(nodelist)
