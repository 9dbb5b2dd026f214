"""A rights page saved or deleted (admin, load_rights) shows on the next page anyone opens.

What is kept of the pages (their titles for the case timeline, rendered pages) is kept
with the corrections' version token (corrections/current.py), so changing it renews all.
"""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from assistant.corrections import current
from assistant.rights.models import RightsPage, RightsPageText


@receiver([post_save, post_delete], sender=RightsPage)
@receiver([post_save, post_delete], sender=RightsPageText)
def rights_changed(**kwargs):
    current.changed()
