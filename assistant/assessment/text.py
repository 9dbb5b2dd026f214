"""Names and texts as people meant them: no control characters (plain Python, no Django).

A name pasted from a chat or a case file may carry line breaks, tabs, escape sequences or
other control characters. In a calendar (.ics) a line break starts a new line of the file,
in a CSV it can start a new row, on a page it is invisible. Every name and text is cleaned
when it comes in (forms and case files alike), so nothing downstream has to guess.

`one_line` is for names, numbers and titles: every break or control becomes one space.
`lines` is for texts written over several lines ("what was said"): line breaks are kept as
"\\n", everything else is cleaned as in `one_line`.

NUL is left in place on purpose: it is refused, with a message on the field, by the reader of
case files and by Django's forms (PostgreSQL cannot store it), never silently dropped.
"""

import re
import unicodedata

NUL = "\x00"
# Line and paragraph breaks of every kind: CRLF, CR, LF, NEL, LINE and PARAGRAPH SEPARATOR,
# vertical tab, form feed and the ASCII file/group/record separators.
_BREAK = "\r\n|[\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]"
_BREAKS = re.compile(_BREAK)
_RUN_OF_BREAKS = re.compile(f"(?:{_BREAK})+")


def _is_control(char):
    return char != NUL and unicodedata.category(char) == "Cc"


def _without_controls(text):
    """Tabs become spaces; other control characters (C0, DEL, C1) go."""
    text = text.replace("\t", " ")
    if not any(_is_control(char) for char in text):
        return text
    return "".join(char for char in text if not _is_control(char))


def one_line(text):
    """`text` on one line: each run of line breaks becomes one space."""
    if not isinstance(text, str):
        return text
    return _without_controls(_RUN_OF_BREAKS.sub(" ", text)).strip()


def lines(text):
    """`text` with its line breaks as "\\n" and no other control character."""
    if not isinstance(text, str):
        return text
    return "\n".join(_without_controls(line) for line in _BREAKS.split(text))
