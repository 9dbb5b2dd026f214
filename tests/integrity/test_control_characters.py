"""Names and texts are cleaned of control characters where they come in: a line break in a
name becomes a space (it could otherwise start a line of its own in a calendar or a CSV),
a text of several lines keeps its line breaks and loses the rest."""

import pytest

from assistant.assessment.text import lines, one_line
from assistant.calls.forms import CallForm
from assistant.cases.forms import LenderForm
from assistant.core.textfields import LineField, TextField
from assistant.letters.forms import SentForm
from assistant.sharing.forms import NoteForm

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("信用飞\r\nBEGIN:VEVENT", "信用飞 BEGIN:VEVENT"),
        ("王经理\n\n\r\n", "王经理"),
        ("\x1b[31m红\x7f\x85色\u2028字", "[31m红 色 字"),
        ("张三\t李四", "张三 李四"),
        ("😀👨‍👩‍👧 \u202e", "😀👨‍👩‍👧 \u202e"),  # emoji joiners and bidi marks are not controls
    ],
)
def test_one_line_names(typed, kept):
    assert one_line(typed) == kept


def test_texts_keep_their_line_breaks_only():
    assert (
        lines("第一行\r\n第二行\r第三行\x07\u2029第四行\x0c") == "第一行\n第二行\n第三行\n第四行\n"
    )


def test_cleaning_twice_changes_nothing():
    for text in ("a\r\n\x07\r\nb", " \x1b \n x", "\x85\x85"):
        assert one_line(one_line(text)) == one_line(text)
        assert lines(lines(text)) == lines(text)


def test_the_wizard_stores_a_lender_name_on_one_line():
    form = LenderForm({"lender_name": "信用飞\r\nX-EVIL:1", "lender_type": "", "product": "借\n款"})
    assert form.is_valid(), form.errors
    assert form.cleaned_data["lender_name"] == "信用飞 X-EVIL:1"
    assert form.cleaned_data["product"] == "借 款"


def test_the_call_form_cleans_names_and_keeps_the_summarys_lines():
    form = CallForm(
        {
            "at": "2026-11-20T10:00",
            "channel": "phone",
            "collector": "王\r\n经理",
            "organisation": "某某\x1b资产",
            "number": "0755\n000",
            "summary": "他说：\r\n今晚不还就上门\x07",
        }
    )
    assert form.is_valid(), form.errors
    fields = form.call_fields()
    assert (fields["collector"], fields["organisation"], fields["number"]) == (
        "王 经理",
        "某某资产",
        "0755 000",
    )
    assert fields["summary"] == "他说：\n今晚不还就上门"


def test_letters_and_notes_are_cleaned_too():
    sent = SentForm({"sent_on": "2026-11-20", "sent_channel": "post", "sent_reference": "A\r\nB"})
    sent.is_valid()
    assert sent.cleaned_data.get("sent_reference") == "A B"
    note = NoteForm({"text": "核对\r\n还款\x1b计划"})
    note.is_valid()
    assert note.cleaned_data["text"] == "核对\n还款计划"


def test_nul_is_still_refused_with_a_message_and_not_dropped():
    from django.core.exceptions import ValidationError

    for field in (LineField(), TextField()):
        with pytest.raises(ValidationError) as refused:
            field.clean("王\x00经理")
        assert [e.code for e in refused.value.error_list] == ["null_characters_not_allowed"]
