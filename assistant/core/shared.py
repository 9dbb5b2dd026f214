"""HTML that is the same for every reader, rendered once per language and content version.

A rights page or the "collector is calling me now" advice is the same for everybody who
reads it in one language, until a volunteer corrects a source or a rights page. Rendering
it again for every request was most of those pages' time. What is kept here is keyed on
the name of the piece and the active language, and renewed with the content's version
token (corrections/current.py: a correction or a rights page saved or deleted changes it).

Nothing kept here may depend on the reader: no CSRF token, no CSP nonce, no case, no
account. Pages put those around the shared HTML (or into its slots) on every request.
"""

from django.utils.translation import get_language

from assistant.corrections.current import memoised

# Marks where a reader's own HTML goes into a shared piece. Shared pieces escape every
# text they show, so no content (a corrected source, a page text) can contain it.
SLOT = "<!--anxin:reader-->"


def shared_html(name, build):
    """`build()` (HTML, the same for every reader), kept under `name` and the language."""
    return memoised(f"html:{name}:{get_language()}", build)


def fill_slots(shared, parts):
    """`shared` with its slots filled by `parts`, in order."""
    pieces = shared.split(SLOT)
    if len(pieces) != len(parts) + 1:
        raise ValueError(f"{len(pieces) - 1} slots for {len(parts)} parts")
    out = [pieces[0]]
    for part, piece in zip(parts, pieces[1:], strict=True):
        out += [part, piece]
    return "".join(out)
