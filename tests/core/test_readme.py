"""What the README promises about running the site holds, and it points only inside the repo."""

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_make_run_takes_a_port():
    plan = subprocess.run(
        ["make", "-n", "run", "PORT=8123"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    assert "runserver 127.0.0.1:8123" in plan
    assert "PORT=" in README


def test_the_readme_names_no_file_outside_the_repository():
    assert not re.search(r"`\.\./|\(\.\./", README)


def test_the_readme_says_how_a_new_volunteer_gets_a_password():
    assert README.index("create_volunteer") < README.index("changepassword")
