from django import template
from django.urls import reverse

from assistant.accounts.retention import retention_days

register = template.Library()


@register.inclusion_tag("accounts/retention_notice.html")
def retention_notice():
    """How long anonymous data is kept, and how to keep it (for anonymous visitors' pages)."""
    return {
        "days": retention_days(),
        "sign_up_url": reverse("account:sign_up"),
        "my_data_url": reverse("account:index"),
    }
