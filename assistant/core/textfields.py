"""Form fields for names and texts that arrive without control characters (text.py).

`LineField` for a name, number or title (one line: a pasted line break becomes a space),
`TextField` for a text of several lines (line breaks kept, as "\\n"). Every form that takes
a name or a text uses one of them, so a line break can never reach a calendar line, a CSV
row or a PDF heading. NUL is still refused with Django's own message on the field.
"""

from django import forms

from assistant.assessment.text import lines, one_line


class LineField(forms.CharField):
    def to_python(self, value):
        return one_line(super().to_python(value))


class TextField(forms.CharField):
    widget = forms.Textarea

    def to_python(self, value):
        return lines(super().to_python(value))


def text_field(rows=None, **kwargs):
    """A TextField with a `rows`-line box, or a one-line LineField without `rows`."""
    if rows:
        return TextField(widget=forms.Textarea(attrs={"rows": rows}), **kwargs)
    return LineField(**kwargs)
