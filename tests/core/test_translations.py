import re
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = ("en", "zh_Hans", "zh_Hant")


def catalogue(folder, language):
    return folder / "locale" / language / "LC_MESSAGES" / "django.po"


@pytest.mark.parametrize("language", ["zh_Hans", "zh_Hant"])
def test_the_chinese_catalogues_are_complete(language):
    entries = polib.pofile(str(catalogue(ROOT, language)))
    untranslated = [e.msgid for e in entries.untranslated_entries()]
    fuzzy = [e.msgid for e in entries.fuzzy_entries()]
    assert untranslated == []
    assert fuzzy == []


def test_the_traditional_catalogue_is_the_simplified_one_converted():
    import opencc

    convert = opencc.OpenCC("s2t").convert
    simplified = {(e.msgctxt, e.msgid): e for e in polib.pofile(str(catalogue(ROOT, "zh_Hans")))}
    traditional = polib.pofile(str(catalogue(ROOT, "zh_Hant")))
    assert {(e.msgctxt, e.msgid) for e in traditional} == set(simplified)
    assert traditional.metadata["Language"] == "zh_Hant"
    wrong = [
        e.msgid
        for e in traditional
        if e.msgstr != convert(simplified[e.msgctxt, e.msgid].msgstr)
        or e.msgstr_plural
        != {k: convert(v) for k, v in simplified[e.msgctxt, e.msgid].msgstr_plural.items()}
    ]
    assert wrong == []
    assert traditional.find("Log in").msgstr == "登錄"


def project_files():
    """What is in the checkout (committed or not), without what git ignores."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    )
    return [name for name in listed.stdout.decode().split("\0") if name]


def without_creation_date(text):
    return re.sub(r'^"POT-Creation-Date: .*\\n"$', "", text, flags=re.MULTILINE)


@pytest.fixture(scope="module")
def messages_run(tmp_path_factory):
    """`make messages` (scripts/messages.sh) run on a copy of the project: makemessages
    writes into every `locale` folder beside the sources."""
    copy = tmp_path_factory.mktemp("project")
    for name in project_files():
        if (ROOT / name).is_file():
            (copy / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, copy / name)
    run = subprocess.run(
        ["bash", "scripts/messages.sh", str(copy)],
        cwd=copy,
        env={
            "PATH": "/usr/bin:/bin",
            "PY": sys.executable,
            "COMPILE": "0",
            "STATICFILES_BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage",
        },
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    return copy


@pytest.mark.parametrize("language", ["zh_Hans", "zh_Hant"])
def test_every_message_in_the_code_is_translated(messages_run, language):
    fresh = polib.pofile(str(catalogue(messages_run, language)))
    missing = [e.msgid for e in fresh.untranslated_entries() + fresh.fuzzy_entries()]
    assert missing == [], "run `make messages` and translate these"


@pytest.mark.parametrize("language", CATALOGUES)
def test_make_messages_leaves_the_committed_catalogues_as_they_are(messages_run, language):
    """Catalogues are committed exactly as `make messages` writes them (gettext's layout):
    then a diff of a catalogue shows only what really changed."""
    committed = catalogue(ROOT, language).read_text(encoding="utf-8")
    fresh = catalogue(messages_run, language).read_text(encoding="utf-8")
    assert without_creation_date(fresh) == without_creation_date(committed), (
        f"run `make messages` and commit locale/{language}"
    )
