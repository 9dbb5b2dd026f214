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
    """makemessages on a copy of the catalogues finds nothing new to translate."""
    shutil.copytree(ROOT / "locale", tmp_path / "locale")
    run = subprocess.run(
        [
            sys.executable,
            "manage.py",
            "makemessages",
            "-l",
            "zh_Hans",
            "--no-obsolete",
            "--ignore=.venv",
            "--ignore=staticfiles",
            "--ignore=test-artifacts",
        ],
        cwd=ROOT,
        env={"LOCALE_DIR": str(tmp_path / "locale"), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    fresh = polib.pofile(str(tmp_path / "locale" / ZH_HANS))
    missing = [e.msgid for e in fresh.untranslated_entries() + fresh.fuzzy_entries()]
    assert missing == [], "run `make messages` and translate these"
