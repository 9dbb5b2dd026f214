import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def manage(*args, **env):
    # The async-unsafe switch is for the browser tests only; deploy checks reject it.
    base = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**base, **env},
        capture_output=True,
        text=True,
    )


def test_production_settings_refuse_to_start_without_a_secret_key():
    env = {k: v for k, v in os.environ.items() if k != "SECRET_KEY"}
    run = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env={**env, "DJANGO_SETTINGS_MODULE": "assistant.production"},
        capture_output=True,
        text=True,
    )
    assert run.returncode != 0
    assert "Set SECRET_KEY" in run.stderr


def test_production_settings_pass_the_deploy_check_with_a_real_key():
    run = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="assistant.production",
        SECRET_KEY="k" * 20 + "0123456789abcdefghijklmnopqrstuvwxyzABCDEF",
        ALLOWED_HOSTS="anxin.example.org",
    )
    assert run.returncode == 0, run.stderr


def test_collectstatic_gives_hashed_and_compressed_files(tmp_path):
    run = manage(
        "collectstatic",
        "--noinput",
        "-v",
        "0",
        STATICFILES_BACKEND="whitenoise.storage.CompressedManifestStaticFilesStorage",
        STATIC_ROOT_OVERRIDE=str(tmp_path),
    )
    assert run.returncode == 0, run.stderr
    css = sorted(p.name for p in (tmp_path / "css").iterdir())
    assert any(name.startswith("site.") and name.endswith(".css.gz") for name in css)
    hashed = [n for n in css if n.startswith("site.") and n.endswith(".css") and n != "site.css"]
    assert len(hashed) == 1


def test_production_settings_refuse_a_long_key_with_little_in_it():
    for key in ("a" * 60, "ab" * 30, "abc" * 20 + "x" * 10, "abcdefghij" * 6):
        run = manage("check", DJANGO_SETTINGS_MODULE="assistant.production", SECRET_KEY=key)
        assert run.returncode != 0, key
        assert "Set SECRET_KEY" in run.stderr


def test_a_hex_key_is_strong_enough():
    run = manage(
        "check",
        DJANGO_SETTINGS_MODULE="assistant.production",
        SECRET_KEY="69f7f58cf8e2cc88d5003dcc1e93fe8e8a3c6df1af24ae30fd",
        ALLOWED_HOSTS="anxin.example.org",
    )
    assert run.returncode == 0, run.stderr
