"""What a form on a page holds, read with an HTML parser so that tests do not depend on the
order in which Django writes an element's attributes."""

from html.parser import HTMLParser


class _Fields(HTMLParser):
    def __init__(self):
        super().__init__()
        self.values = {}  # field name -> the values a submit would send
        self.options = []  # every <option value> of datalists and selects
        self._select = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        name = attrs.get("name")
        if tag == "input" and name:
            kind = attrs.get("type", "text")
            if kind not in ("radio", "checkbox") or "checked" in attrs:
                self.values.setdefault(name, []).append(attrs.get("value") or "")
        elif tag == "select":
            self._select = name
        elif tag == "option":
            self.options.append(attrs.get("value"))
            if self._select and "selected" in attrs:
                self.values.setdefault(self._select, []).append(attrs.get("value"))

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None


def form_values(html):
    """{field name: [values]} of every input (checked ones only for radios and checkboxes)."""
    parser = _Fields()
    parser.feed(html)
    return parser.values


def value_of(html, name):
    values = form_values(html).get(name, [])
    assert len(values) <= 1, (name, values)
    return values[0] if values else None


def option_values(html):
    parser = _Fields()
    parser.feed(html)
    return parser.options
