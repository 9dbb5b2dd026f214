"""How long anonymous data is kept: ANONYMOUS_RETENTION_DAYS (30 unless set) after the
last activity on a case.

Activity is every write to the case or to anything stored under it (calls, their changes
and files, repayments, letters and their versions, sent items, payment orders, share codes,
shares, volunteer notes), by anyone. It is recorded in one place: the case's `updated_at`,
which a save of the case sets itself and `note_activity` sets for everything under it. The
one exception is a volunteer only looking: the audit log's entries and a share's "last
looked" time are records of a look, not use. Cases that belong to an account are never
purged: the person chose to keep them.
"""

import datetime
import functools

from django.apps import apps
from django.conf import settings
from django.db.models import F, QuerySet
from django.db.models.signals import post_delete, post_save
from django.utils import timezone

from assistant.cases.models import Case

DEFAULT_RETENTION_DAYS = 30

# Written when a volunteer looks at a case; looking is not use.
LOOK_RECORDS = {"sharing.AuditEntry"}


def retention_days():
    return getattr(settings, "ANONYMOUS_RETENTION_DAYS", DEFAULT_RETENTION_DAYS)


def expired_anonymous_cases(days=None, now=None):
    """Anonymous cases with no activity in the last `days` days."""
    cutoff = (now or timezone.now()) - datetime.timedelta(
        days=retention_days() if days is None else days
    )
    return Case.objects.filter(user__isnull=True, updated_at__lt=cutoff)


def note_activity(case_id):
    """The case `case_id`, or something under it, was written just now."""
    Case.objects.filter(pk=case_id).update(updated_at=timezone.now(), version=F("version") + 1)


@functools.cache
def _path_to_case(model, seen=frozenset()):
    """The foreign keys leading from `model` to Case (e.g. Evidence: call, case), or None."""
    for field in model._meta.concrete_fields:
        if not (field.many_to_one or field.one_to_one):
            continue
        if field.related_model is Case:
            return (field.name,)
        if field.related_model not in seen | {model}:
            rest = _path_to_case(field.related_model, seen | {model})
            if rest:
                return (field.name, *rest)
    return None


def case_id_of(instance):
    *path, last = _path_to_case(type(instance))
    for name in path:
        instance = getattr(instance, name)
    return getattr(instance, f"{last}_id")


@functools.cache
def activity_models():
    """Every model stored under a case whose writes count as activity."""
    return tuple(
        model
        for model in apps.get_models()
        if model is not Case
        and model._meta.label not in LOOK_RECORDS
        and _path_to_case(model) is not None
    )


def _case_saved(sender, instance, created=False, raw=False, **kwargs):
    # The case's own save sets updated_at (auto_now); its version moves on here.
    if not (raw or created):
        Case.objects.filter(pk=instance.pk).update(version=F("version") + 1)


def _saved(sender, instance, raw=False, **kwargs):
    if not raw:
        note_activity(case_id_of(instance))


def _deleted(sender, instance, origin=None, **kwargs):
    # Deleting a case (or an account) cascades here: nothing is left to keep alive.
    started_from = origin.model if isinstance(origin, QuerySet) else type(origin)
    if started_from in activity_models():
        note_activity(case_id_of(instance))


def connect():
    post_save.connect(_case_saved, sender=Case, dispatch_uid="activity.saved.case")
    for model in activity_models():
        post_save.connect(_saved, sender=model, dispatch_uid=f"activity.saved.{model}")
        post_delete.connect(_deleted, sender=model, dispatch_uid=f"activity.deleted.{model}")
