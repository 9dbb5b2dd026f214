import shutil
import subprocess
import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parents[2]
ZH_HANS = "zh_Hans/LC_MESSAGES/django.po"


def test_simplified_chinese_catalogue_is_complete():
    catalogue = polib.pofile(str(ROOT / "locale" / ZH_HANS))
    untranslated = [e.msgid for e in catalogue.untranslated_entries()]
    fuzzy = [e.msgid for e in catalogue.fuzzy_entries()]
    assert untranslated == []
    assert fuzzy == []


def test_every_message_in_the_code_is_in_the_catalogue(tmp_path):
    """makemessages on a copy of the project finds nothing new to translate.

    A copy, because makemessages writes into every `locale` folder beside the sources.
    """
    for name in ("assistant", "templates", "locale"):
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "manage.py", tmp_path)
    run = subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "zh_Hans", "--no-obsolete"],
        cwd=tmp_path,
        env={
            "PATH": "/usr/bin:/bin",
            "STATICFILES_BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage",
        },
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    fresh = polib.pofile(str(tmp_path / "locale" / ZH_HANS))
    missing = [e.msgid for e in fresh.untranslated_entries() + fresh.fuzzy_entries()]
    assert missing == [], "run `make messages` and translate these"
