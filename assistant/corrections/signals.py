"""A saved or deleted correction shows on the next page anyone opens (current.py)."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from assistant.corrections import current
from assistant.corrections.models import DirectoryCorrection, SourceCorrection


@receiver([post_save, post_delete], sender=SourceCorrection)
@receiver([post_save, post_delete], sender=DirectoryCorrection)
def corrections_changed(**kwargs):
    current.changed()
