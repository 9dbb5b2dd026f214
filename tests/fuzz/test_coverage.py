"""Every form a view uses is in the fuzz table (endpoints.ENDPOINTS), or is named below with
the reason it is not. A new form class under assistant/, or a class-based view with a
form_class, fails this test until it has its line in endpoints.py."""

import importlib
import inspect
import pkgutil

from django import forms
from django.apps import apps
from django.urls import URLPattern, URLResolver, get_resolver

from tests.fuzz.endpoints import ENDPOINTS
from tests.fuzz.test_casefile import IMPORT_EXAMPLES, READER_EXAMPLES

# Forms deliberately not in the table, by dotted name, each with its reason. Admin-only
# forms (used only by a ModelAdmin in the Django admin) belong here, marked "admin only".
NOT_IN_TABLE = {
    "assistant.cases.forms.ReviewForm": (
        "the wizard's last step has no fields; it makes the case from the other steps"
    ),
    "assistant.letters.forms.LetterForm": (
        "the base of letters.forms.letter_form(kind); the table fuzzes every kind's form"
    ),
    "assistant.accounts.forms.ImportForm": (
        "a file form: test_casefile.py posts hostile anxin.case/1 files to the import page"
    ),
    "assistant.calls.forms.ScreenshotEntryForm": (
        "the call form's fields (fuzzed as 'new call') under a per-entry prefix, posted only "
        "with the token of a screenshot just read; test_from_screenshot.py posts bad entries"
    ),
    # The content admins' corrections in the Django admin (staff with a second factor).
    "assistant.corrections.admin.SeedShownForm": "admin only: the base of the two below",
    "assistant.corrections.admin.SourceCorrectionForm": "admin only",
    "assistant.corrections.admin.DirectoryCorrectionForm": "admin only",
}


def assistant_modules():
    """Every module of the site's installed apps (an app not installed yet has no views)."""
    for config in apps.get_app_configs():
        if not config.name.startswith("assistant."):
            continue
        package = importlib.import_module(config.name)
        yield package
        for info in pkgutil.walk_packages(package.__path__, f"{config.name}."):
            if ".migrations" not in info.name:
                yield importlib.import_module(info.name)


def forms_defined_in_assistant():
    """Every Form and ModelForm class defined in a module of the assistant package."""
    found = set()
    for module in assistant_modules():
        for _name, value in inspect.getmembers(module, inspect.isclass):
            if issubclass(value, forms.BaseForm) and value.__module__ == module.__name__:
                found.add(value)
    return found


def forms_of_class_based_views(patterns=None):
    """The form_class of every class-based view the URL resolver reaches (Django's own too:
    the log-in and change-password views)."""
    found = set()
    for entry in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(entry, URLResolver):
            found |= forms_of_class_based_views(entry.url_patterns)
        elif isinstance(entry, URLPattern):
            view_class = getattr(entry.callback, "view_class", None)
            if getattr(view_class, "form_class", None) and not _is_admin(entry.callback):
                found.add(view_class.form_class)
    return found


def _is_admin(callback):
    return callback.__module__.startswith("django.contrib.admin")


def fuzzed():
    return {label(endpoint.form) for endpoint in ENDPOINTS if endpoint.form}


def in_use():
    return {label(f) for f in forms_defined_in_assistant() | forms_of_class_based_views()}


def label(form_class):
    return f"{form_class.__module__}.{form_class.__qualname__}"


def test_the_search_finds_the_forms_views_use():
    """The guard below is only as good as this search: it sees forms of every kind."""
    assert {
        "assistant.followup.forms.SentItemForm",  # a Form in a forms module
        "assistant.followup.forms.ReminderForm",  # a ModelForm
        "assistant.volunteers.forms.FirstCodeForm",  # a subclass of another form
        "assistant.cases.forms.ReviewForm",  # a form without fields
        "django.contrib.auth.forms.PasswordChangeForm",  # Django's own, from a class view
    } <= in_use()


def test_every_form_a_view_uses_is_fuzzed():
    missing = sorted(in_use() - fuzzed() - set(NOT_IN_TABLE))
    assert not missing, (
        "These forms are not fuzzed: add a line for each to ENDPOINTS in "
        f"tests/fuzz/endpoints.py (or, with the reason, to NOT_IN_TABLE here): {missing}"
    )


def test_every_form_left_out_is_still_there_and_still_left_out():
    stale = sorted(name for name in NOT_IN_TABLE if name not in in_use() or name in fuzzed())
    assert not stale, f"Take these out of NOT_IN_TABLE in tests/fuzz/test_coverage.py: {stale}"


def test_the_normal_run_posts_at_least_5000_examples():
    """Issue 7: at least 5,000 examples in `make test` (fewer per form as forms are added)."""
    total = sum(e.examples for e in ENDPOINTS) + READER_EXAMPLES + IMPORT_EXAMPLES
    assert total >= 5000, total
