"""Everything a visitor has with us, as one ZIP file.

Per case, in a folder `case-<id>/`: `case.json` (anxin.case/1, which the import page reads
back, alone or with the whole ZIP), `restore.json` (what a restore of the ZIP brings back
besides: restoring.py), `calls.csv` (the call log as the call log page exports it), every
version of each letter as a PDF (a sent one marked "-sent": it is what went out, even when
a later draft exists) and all of them with their wording in `letters.json`, the evidence
files as they were uploaded, what was sent and the answers' files, and the sharing records
(case_records.py): the volunteers' notes the borrower sees, who the case is shared with,
and every look of a volunteer. An account's reminder choice and the reminders sent are in
`reminders.csv`. A README.txt in Chinese and English says what is where.

The ZIP is written to a temporary file rather than memory: evidence may add up to
hundreds of megabytes.
"""

import json
import shutil
import tempfile
import zipfile

from django.utils import timezone

from assistant.accounts import case_records
from assistant.accounts.restoring import evidence_path, restore_data
from assistant.calls.export import case_calls_csv
from assistant.calls.models import Evidence
from assistant.cases.records import case_to_file
from assistant.letters import documents
from assistant.letters.pdf import render_pdf
from assistant.letters.views import DOCUMENT as LETTER_DOCUMENT

README = """安心 Anxin — 你的全部资料 / all your data
导出时间 / exported: {when}

每笔债务一个文件夹 case-<编号>/ (one folder per debt):
  case.json     案件文件 (anxin.case/1)。在“我的资料”页面可以重新导入。
                The case file; import it again on the "My data" page.
  calls.csv     催收记录，可用 Excel 或 WPS 打开。
                The call log; opens in Excel or WPS.
  letters/      每封信的每一个版本 (PDF)；已寄出的版本文件名以 -sent 结尾。
                Every version of each letter (PDF); a version you sent ends in -sent.
  letters.json  每封信的全部版本和寄出记录。 Every letter's versions and when each was sent.
  restore.json  恢复时需要的其余记录（修改和删除的记录、证据文件的清单等）。
                The rest a restore needs (changes and deletions, the list of files…).
  evidence/     你上传的截图、录音和文件（包括已删除、还可以恢复的记录的文件）。
                Your screenshots, recordings and files (also those of deleted calls,
                which can still be brought back).
  sent.csv      你寄出的投诉、信件和异议，以及对方的答复。
                What you sent (complaints, letters, objections) and the answers.
  replies/      对方答复的文件。 The files of the answers you received.
  notes.csv     志愿者写给你的备注。 The notes volunteers wrote for you.
  shared_with.csv      你把这笔债务分享给了哪些志愿者。
                       The volunteers you shared this debt with.
  volunteer_looks.csv  志愿者每一次查看或修改的记录。
                       Every look or change a volunteer made on this debt.

reminders.csv   (登录的账户) 提醒邮件的设置和已发送的提醒。
                (accounts) Your e-mail reminder choice and the reminders sent.

恢复：在“我的资料”页面上传这整个 ZIP 文件，所有债务和其中的记录、信件、文件都会回来。
分享不会恢复：如果需要，请重新分享给志愿者。
To restore: upload this whole ZIP on the "My data" page; every debt comes back with its
calls, letters and files. Shares are not restored: share again if you want to.

请妥善保管这个文件：里面有你的债务信息。
Keep this file safe: it holds the details of your debts.
"""


def export_zip(cases, user=None):
    """A temporary file (at position 0) holding the ZIP of `cases` (and of `user`'s
    reminders, for an account); the caller closes it."""
    out = tempfile.TemporaryFile()  # noqa: SIM115 (returned open, closed by FileResponse)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        when = timezone.localtime().strftime("%Y-%m-%d %H:%M")
        archive.writestr("README.txt", README.format(when=when))
        for case in cases.prefetch_related("repayments", "calls", "letters"):
            _add_case(archive, case)
        if user is not None and user.is_authenticated:
            archive.writestr("reminders.csv", case_records.reminders_csv(user))
    out.seek(0)
    return out


def _add_case(archive, case):
    folder = f"case-{case.pk}"
    text = json.dumps(case_to_file(case), ensure_ascii=False, indent=2)
    archive.writestr(f"{folder}/case.json", text + "\n")
    archive.writestr(f"{folder}/calls.csv", case_calls_csv(case))
    letters = _add_letters(archive, case, folder)
    restore = json.dumps(restore_data(case, letters), ensure_ascii=False, indent=2)
    archive.writestr(f"{folder}/restore.json", restore + "\n")
    # Every call's files, a deleted call's too: they wait with it for an undo.
    for item in Evidence.objects.filter(call__case=case).order_by("pk"):
        # The stored name is already sanitised (no path); the ids keep two files apart.
        _copy(item.file, archive, f"{folder}/{evidence_path(item)}")
    _add_follow_up(archive, case, folder)


def _add_letters(archive, case, folder):
    """Every version of every letter as a PDF, and all of them as data in letters.json;
    the letters, in that file's order."""
    letters, rows = [], list(case.letters.all())
    for letter in rows:
        versions = list(letter.versions.order_by("number"))
        for version in versions:
            pdf = render_pdf(LETTER_DOCUMENT, documents.document(version.content))
            sent = "-sent" if version.is_sent else ""
            name = f"{letter.kind}-{letter.pk}-v{version.number}{sent}.pdf"
            archive.writestr(f"{folder}/letters/{name}", pdf)
        letters.append(
            {
                "kind": letter.kind,
                "created_at": letter.created_at.isoformat(),
                "versions": [_version(v) for v in versions],
            }
        )
    text = json.dumps({"letters": letters}, ensure_ascii=False, indent=2, default=str)
    archive.writestr(f"{folder}/letters.json", text + "\n")
    return rows


def _version(version):
    return {
        "number": version.number,
        "created_at": version.created_at.isoformat(),
        "sent_on": version.sent_on and version.sent_on.isoformat(),
        "sent_channel": version.sent_channel or None,
        "sent_reference": version.sent_reference or None,
        "content": version.content,
    }


def _add_follow_up(archive, case, folder):
    items = list(case_records.sent_items(case))
    archive.writestr(f"{folder}/sent.csv", case_records.sent_items_csv(items))
    for item in items:
        if item.reply_file:
            _copy(item.reply_file, archive, f"{folder}/{case_records.reply_file_path(item)}")
    archive.writestr(f"{folder}/notes.csv", case_records.notes_csv(case))
    archive.writestr(f"{folder}/shared_with.csv", case_records.shares_csv(case))
    archive.writestr(f"{folder}/volunteer_looks.csv", case_records.looks_csv(case))


def _copy(field, archive, name):
    with field.open("rb") as source, archive.open(name, "w") as target:
        shutil.copyfileobj(source, target)
