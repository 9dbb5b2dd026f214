from django import template
from django.utils.translation import get_language

from assistant.rights.glossary import link_terms
from assistant.rights.stages import stage_links

register = template.Library()


@register.filter
def glossary(text):
    """The text, escaped, with the first use of each glossary term linked to its entry."""
    return link_terms(text, get_language())


@register.simple_tag
def rights_for_stages(timeline):
    """The timeline's rows, each with `rights`: the pages that explain its stage."""
    links = stage_links([row["code"] for row in timeline])
    return [{**row, "rights": links[row["code"]]} for row in timeline]
