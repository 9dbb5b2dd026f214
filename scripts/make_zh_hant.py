"""Generate the Traditional Chinese catalogue from the Simplified one (OpenCC, characters only).

Run by `make messages`. Human corrections belong in the zh_Hans catalogue; the zh_Hant file is
regenerated, so edit it by hand only for entries that OpenCC converts wrongly (none yet).
"""

from pathlib import Path

import opencc
import polib

LOCALE = Path(__file__).resolve().parent.parent / "locale"


def main():
    convert = opencc.OpenCC("s2t").convert
    simplified = polib.pofile(str(LOCALE / "zh_Hans/LC_MESSAGES/django.po"))
    target = LOCALE / "zh_Hant/LC_MESSAGES/django.po"
    traditional = polib.pofile(str(target))
    by_id = {(e.msgctxt, e.msgid): e for e in simplified}
    for entry in traditional:
        source = by_id.get((entry.msgctxt, entry.msgid))
        if source is None:
            continue
        entry.msgstr = convert(source.msgstr)
        entry.msgstr_plural = {k: convert(v) for k, v in source.msgstr_plural.items()}
        entry.flags = [f for f in entry.flags if f != "fuzzy"]
        entry.previous_msgid = entry.previous_msgid_plural = None
    traditional.metadata["Language"] = "zh_Hant"
    traditional.save()


if __name__ == "__main__":
    main()
