"""Screenshot reading in `make bench`: character accuracy and time per screenshot, one core.

Chromium renders an SMS-thread-like and a call-history-like page in Chinese at phone size
(390 × 844 CSS pixels, at 2× and 3× device pixels, like phone screenshots); the reader
(assistant/calls/screenshots.py, RapidOCR) reads each. Accuracy is 1 − (edits needed to find
each line of the page in what was read) / (characters on the page), whitespace ignored and
NFKC-normalised, so the order of the boxes does not count. With `--tesseract` the same
screenshots go through Debian's tesseract with chi_sim too (when it is installed), for the
comparison in docs/performance.md. tests/browser/test_from_screenshot.py uses these pages.
"""

import os
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

SMS = (
    (
        "106905xxxx",
        "11-20 09:12",
        "【某某金融】您的借款已逾期35天，请于今日18点前处理，否则将联系您的紧急联系人。",
    ),
    ("106905xxxx", "11-20 13:40", "再不还款，我司将安排专员到您户籍地上门核实情况。"),
    ("17088216630", "11-20 22:47", "你欠的8650元今晚必须结清，不然就爆你通讯录，让你全家都知道。"),
    (
        "17088216630",
        "11-21 07:05",
        "已授权律师事务所起诉，传票三日内送达，请转到私人账户6222 0211 0003 4471。",
    ),
    ("95188", "11-21 10:30", "尊敬的客户，您可通过官方APP申请分期还款，详询客服。"),
)
CALLS = (
    ("170 8821 6630", "昨天 22:47", "未接来电", "江苏南京"),
    ("170 8821 6630", "昨天 22:51", "未接来电", "江苏南京"),
    ("021-5093 8811", "昨天 14:03", "呼入 3分12秒", "上海"),
    ("186 0217 4456", "11月19日 08:15", "呼入 1分05秒", "广东深圳"),
    ("95188", "11月18日 10:30", "呼出 6分40秒", "客服热线"),
    ("0755-8820 1199", "11月18日 21:58", "未接来电", "广东深圳"),
    ("131 5580 2278", "11月17日 23:10", "未接来电", "浙江杭州"),
)
PHONE = {"width": 390, "height": 844}
STYLE = "body{margin:0;font-family:'WenQuanYi Micro Hei',sans-serif;color:#111}"


def sms_html():
    rows = "".join(
        f'<div class="msg"><div class="meta">{number} · {at}</div><div class="bubble">{text}'
        "</div></div>"
        for number, at, text in SMS
    )
    return (
        f'<html><head><meta charset="utf-8"><style>{STYLE}body{{background:#f2f2f2}}'
        "h1{font-size:18px;text-align:center;margin:12px 0}.msg{margin:10px 14px}"
        ".meta{font-size:12px;color:#666;margin:4px 2px}.bubble{background:#fff;"
        "border-radius:14px;padding:10px 12px;font-size:16px;line-height:1.45;max-width:300px}"
        f"</style></head><body><h1>短信</h1>{rows}</body></html>"
    )


def calls_html():
    rows = "".join(
        f'<div class="call"><div><div class="num{" missed" if "未接" in kind else ""}">'
        f'{number}</div><div class="sub">{place} · {kind}</div></div>'
        f'<div class="time">{at}</div></div>'
        for number, at, kind, place in CALLS
    )
    return (
        f'<html><head><meta charset="utf-8"><style>{STYLE}h1{{font-size:22px;margin:14px 16px}}'
        ".call{display:flex;justify-content:space-between;align-items:center;padding:10px 16px;"
        "border-bottom:1px solid #e5e5e5}.num{font-size:17px}.missed{color:#d0312d}"
        ".sub{font-size:13px;color:#777;margin-top:3px}.time{font-size:13px;color:#777}"
        f"</style></head><body><h1>通话记录</h1>{rows}</body></html>"
    )


PAGES = {
    "sms": (sms_html, ["短信", *(f"{n} · {a}" for n, a, _t in SMS), *(t for _n, _a, t in SMS)]),
    "calls": (
        calls_html,
        ["通话记录", *(x for n, a, k, p in CALLS for x in (n, a, f"{p} · {k}"))],
    ),
}


def render(page, html, path):
    """Screenshot `html` with a Playwright page at phone size into `path`."""
    page.set_content(html)
    page.screenshot(path=str(path))
    return path


def _plain(text):
    return "".join(c for c in unicodedata.normalize("NFKC", text) if not c.isspace())


def _edits_to_find(line, text):
    """Edits to find `line` somewhere in `text` (free start and end): a substring distance."""
    previous = [0] * (len(text) + 1)
    for i, wanted in enumerate(line, 1):
        current = [i]
        for j, got in enumerate(text, 1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (wanted != got))
            )
        previous = current
    return min(previous)


def accuracy(read, lines):
    text = _plain(read)
    wanted = [_plain(line) for line in lines]
    return 1 - sum(_edits_to_find(line, text) for line in wanted) / sum(map(len, wanted))


def rapidocr_text(path):
    from assistant.calls.screenshots import read_text

    return "\n".join(box.text for box in read_text(Path(path).read_bytes()))


def tesseract_text(path):
    run = ["tesseract", str(path), "-", "-l", "chi_sim"]
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    return subprocess.run(run, capture_output=True, text=True, env=env, check=True).stdout


def screenshots(folder):
    from playwright.sync_api import sync_playwright

    made = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=["--no-sandbox"]
        )
        for scale in (2, 3):
            context = browser.new_context(viewport=PHONE, device_scale_factor=scale)
            page = context.new_page()
            for name, (html, lines) in PAGES.items():
                path = render(page, html(), Path(folder) / f"{name}@{scale}x.png")
                made.append((f"{name} {scale}x", path, lines))
            context.close()
        browser.close()
    return made


def run(tesseract=False):
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
    engines = {"rapidocr": rapidocr_text}
    if tesseract and subprocess.run(["which", "tesseract"], capture_output=True).returncode == 0:
        engines["tesseract chi_sim"] = tesseract_text
    with tempfile.TemporaryDirectory() as folder:
        shots = screenshots(folder)
        for engine, read in engines.items():
            read(shots[0][1])  # warm up: the models load once per process
            for name, path, lines in shots:
                times = []
                for _ in range(3):
                    start = time.perf_counter()
                    text = read(path)
                    times.append(time.perf_counter() - start)
                print(
                    f"screenshot OCR {engine:<17} {name:<9} accuracy {accuracy(text, lines):6.1%}"
                    f"   median {statistics.median(times):5.2f} s  (one core, n=3)"
                )


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    run(tesseract="--tesseract" in sys.argv)
