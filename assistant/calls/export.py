"""The call log as a CSV file that Excel and WPS open correctly with Chinese text.

UTF-8 with a byte-order mark (without it Excel on Windows guesses GBK and shows mojibake). A
cell that starts with = + - @ (or a tab or carriage return) would run as a formula in a
spreadsheet, so it gets a leading apostrophe: what the borrower or a collector typed is shown,
never executed.
"""

import csv
import io

from django.utils.translation import gettext as _

from assistant.calls.models import Call

BOM = "\ufeff"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


MODEL_COLUMNS = (
    "at",
    "channel",
    "answered",
    "number",
    "organisation",
    "collector",
    "duration_minutes",
    "summary",
)


def headers():
    names = [str(Call._meta.get_field(name).verbose_name) for name in MODEL_COLUMNS]
    return [*names, _("conduct codes"), _("flags")]


def row_cells(row):
    call = row["call"]
    return [
        row["at"].isoformat(),
        call.channel,
        "yes" if call.answered else "no",
        call.number,
        call.organisation,
        call.collector,
        call.duration_minutes,
        call.summary,
        " ".join(call.conduct),
        " ".join(flag["code"] for flag in row["flags"]),
    ]


def calls_csv(rows):
    """The rows (from presenting.call_rows) as CSV text, starting with the BOM."""
    out = io.StringIO()
    out.write(BOM)
    writer = csv.writer(out)
    writer.writerow(headers())
    for row in rows:
        writer.writerow([safe_cell(cell) for cell in row_cells(row)])
    return out.getvalue()
