"""Hostile values for fuzzing forms: what a confused phone, a paste or an attacker may send.

Every strategy here draws strings (browsers only ever post text); `value_for(kind)` mixes
values of the right shape for a field with hostile ones, lists where one value is expected
(a "wrong type" over HTTP) and None (the field is left out of the post).
"""

from hypothesis import strategies as st

FRAGMENTS = [
    "",
    " ",
    "\x00",
    "a\x00b",
    "\x01\x07\x1b[31m\x7f",
    "\r\n\t\x0b\x0c",
    "\u202e\u200f\u200b\ufeff",  # right-to-left override, RTL mark, zero width, BOM
    "مرحبا \u202bשלום\u202c",
    "😀👨‍👩‍👧‍👦🇨🇳",
    "\U0001f4a9" * 40,
    "张三\u3000李四",
    "８，０００．５０元",
    "'; DROP TABLE cases_case; --",
    "1 OR 1=1",
    '" onmouseover="alert(1)',
    "<script>alert(1)</script>",
    "</textarea><img src=x onerror=alert(1)>",
    "<style>@import url(http://127.0.0.1:9/x.css)</style>",
    "{{ settings.SECRET_KEY }}{% debug %}",
    "%(name)s %s %d {0} {}",
    "../../../../etc/passwd",
    "file:///etc/passwd",
    "data:text/html,<b>x</b>",
    "9" * 40,
    "-1",
    "-0.01",
    "1e308",
    "-1e-308",
    "NaN",
    "Infinity",
    "0x10",
    "１２３",
    "2026-02-30",
    "2026-13-01",
    "0000-00-00",
    "0001-01-01",
    "9999-12-31",
    "2026-11-18T25:61",
    "1969-12-31T23:59",
    "null",
    "true",
    "[]",
    "{}",
]

HUGE = ["x" * 30_000, "汉" * 25_000, "9" * 5_000, "\u202e" * 5_000]

fragment = st.sampled_from(FRAGMENTS)
any_text = st.text(max_size=200)
# Whole Unicode planes except surrogates (which cannot be posted as UTF-8).
odd_text = st.text(st.characters(exclude_categories=["Cs"]), max_size=60)
hostile_text = st.one_of(
    fragment,
    any_text,
    odd_text,
    st.lists(st.one_of(fragment, odd_text), min_size=2, max_size=5).map("".join),
    st.sampled_from(HUGE),
)


def numbers(low, high):
    """Numbers near and beyond the edges, written the ways people write them."""
    number = st.one_of(
        st.integers(min_value=low, max_value=high),
        st.integers(),
        st.decimals(allow_nan=True, allow_infinity=True, places=None),
        st.floats(allow_nan=True, allow_infinity=True),
    )
    return st.one_of(
        number.map(str),
        number.map(lambda n: f"{n}元"),
        number.map(lambda n: f"¥{n:,}" if isinstance(n, int) else f"¥{n}"),
    )


dates = st.one_of(
    st.dates().map(lambda d: d.isoformat()),
    st.dates().map(lambda d: f"{d.year}年{d.month}月{d.day}日"),
    st.tuples(st.integers(-1, 10_000), st.integers(-1, 14), st.integers(-1, 40)).map(
        lambda t: f"{t[0]:04d}-{t[1]:02d}-{t[2]:02d}"
    ),
)
datetimes = st.one_of(
    st.datetimes().map(lambda d: d.strftime("%Y-%m-%dT%H:%M")),
    st.tuples(dates, st.integers(-1, 99), st.integers(-1, 99)).map(
        lambda t: f"{t[0]}T{t[1]:02d}:{t[2]:02d}"
    ),
)


def shaped(kind, choices=()):
    """Values of the right shape for a field of `kind` (most but not all of them valid)."""
    if kind == "money":
        return numbers(-10, 200_000_000)
    if kind == "int":
        return numbers(-5, 200)
    if kind == "date":
        return dates
    if kind == "datetime":
        return datetimes
    if kind in ("choice", "multi") and choices:
        return st.sampled_from(list(choices))
    return any_text


def value_for(kind, choices=()):
    """What a fuzzed post carries for one field: a string, a list of strings, or None."""
    one = st.one_of(shaped(kind, choices), hostile_text)
    many = st.lists(one, min_size=0, max_size=4)
    if kind == "multi":
        return st.one_of(st.none(), st.lists(shaped(kind, choices), max_size=4, unique=True), many)
    return st.one_of(st.none(), one, one, one, many)
