#!/usr/bin/env bash
# `make messages`: extract the message ids into the three catalogues, regenerate zh_Hant from
# zh_Hans, write every catalogue in gettext's own layout, compile. Run in the folder given
# (default: this project); tests/core/test_translations.py runs it on a copy and expects no
# change to the committed files apart from the POT-Creation-Date line.
set -euo pipefail
cd "${1:-$(dirname "$0")/..}"
PY=${PY:-.venv/bin/python}

# File names without line numbers: moving code about does not change the catalogues.
"$PY" manage.py makemessages -l zh_Hans -l en -l zh_Hant --no-obsolete --add-location=file \
	--ignore=.venv --ignore=staticfiles --ignore=test-artifacts -v 0
"$PY" scripts/make_zh_hant.py
# polib (make_zh_hant.py) wraps lines its own way; msgcat puts back makemessages' layout.
msgcat --add-location=file -o locale/zh_Hant/LC_MESSAGES/django.po locale/zh_Hant/LC_MESSAGES/django.po
if [ "${COMPILE:-1}" = 1 ]; then
	"$PY" manage.py compilemessages --ignore=.venv -v 0
fi
