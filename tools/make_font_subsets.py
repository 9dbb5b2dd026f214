"""Make the Chinese PDF fonts in static/fonts/ (this is the script that made them).

Source: Noto Serif CJK SC, Regular and Bold, from Debian's ``fonts-noto-cjk``
(``apt-get install fonts-noto-cjk``). The .ttc files hold the JP, KR, SC, TC and HK
faces; the Simplified Chinese face is picked by its family name.

Kept: every character of GB2312 (all 2-byte codes 0xA1A1-0xF7FE that decode), ASCII,
Latin-1, general punctuation, CJK symbols and punctuation, fullwidth forms, and a few
symbols letters use. Hinting is dropped (PDF viewers do not need it). The output is
deterministic: the source's timestamps are kept, so the same input gives the same bytes.

Run from the project root:  .venv/bin/python tools/make_font_subsets.py
The rarer characters' font:  .venv/bin/python tools/make_font_subsets.py --extended
(NOTO_CJK_DIR names another folder holding the .ttc files.)
"""

import os
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

SOURCE_DIR = Path(os.environ.get("NOTO_CJK_DIR", "/usr/share/fonts/opentype/noto"))
OUT_DIR = Path(__file__).resolve().parent.parent / "static" / "fonts"
FAMILY = "Noto Serif CJK SC"
WEIGHTS = ("Regular", "Bold")
EXTRA = "¥￥•…—–“”‘’✓✗→×√□■〇" + "".join(map(chr, range(0x2460, 0x2474)))  # ①-⑳


def gb2312() -> set[int]:
    codes = (bytes((hi, lo)) for hi in range(0xA1, 0xF8) for lo in range(0xA1, 0xFF))
    return {ord(char) for code in codes if (char := code.decode("gb2312", "ignore"))}


def wanted() -> set[int]:
    ranges = [(0x20, 0x7E), (0xA0, 0xFF), (0x2000, 0x206F), (0x3000, 0x303F), (0xFF00, 0xFFEF)]
    chars = {c for start, end in ranges for c in range(start, end + 1)}
    return chars | gb2312() | {ord(c) for c in EXTRA}


def extended() -> set[int]:
    """The rarer Chinese characters (names like 王䶮, 张喆): CJK Unified Ideographs, Extension
    A, compatibility ideographs and the rest of GBK, less what the main subset has. One
    weight only, loaded by a PDF only when its text needs it (assistant/letters/pdf.py)."""
    ranges = [(0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF)]
    chars = {c for start, end in ranges for c in range(start, end + 1)}
    codes = (bytes((hi, lo)) for hi in range(0x81, 0xFF) for lo in range(0x40, 0xFF))
    gbk = {ord(char) for code in codes if len(char := code.decode("gbk", "ignore")) == 1}
    # Spaces and punctuation too: Pango takes them from this font next to a rare character,
    # and a glyph missing there is drawn as a box.
    ranges = [(0x20, 0x7E), (0x2000, 0x206F), (0x3000, 0x303F), (0xFF00, 0xFFEF)]
    around = {c for start, end in ranges for c in range(start, end + 1)}
    return ((chars | gbk) - wanted()) | around


def face_number(path: Path) -> int:
    for number, font in enumerate(TTCollection(path)):
        if font["name"].getDebugName(1) == FAMILY:
            return number
    raise SystemExit(f"{FAMILY} not found in {path}")


def make_extended() -> None:
    options = subset.Options()
    options.hinting = False
    options.name_IDs = ["*"]
    options.notdef_outline = True
    source = SOURCE_DIR / "NotoSerifCJK-Regular.ttc"
    font = TTFont(source, fontNumber=face_number(source), recalcTimestamp=False)
    unicodes = extended() & font.getBestCmap().keys()
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    out = OUT_DIR / "NotoSerifSC-Extended-Regular.otf"
    font.save(out)
    print(
        f"{out.name}: {out.stat().st_size:,} bytes, {len(unicodes):,} characters", file=sys.stderr
    )


def main() -> None:
    if "--extended" in sys.argv:
        make_extended()
        return
    unicodes = wanted()
    must_have = gb2312() | {ord(c) for c in EXTRA}  # the range fillers may be unassigned
    options = subset.Options()
    options.hinting = False
    options.name_IDs = ["*"]  # keep copyright and licence fields
    options.notdef_outline = True
    for weight in WEIGHTS:
        source = SOURCE_DIR / f"NotoSerifCJK-{weight}.ttc"
        font = TTFont(source, fontNumber=face_number(source), recalcTimestamp=False)
        cmap = font.getBestCmap()
        missing = "".join(chr(c) for c in sorted(must_have - cmap.keys()))
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=unicodes)
        subsetter.subset(font)
        out = OUT_DIR / f"NotoSerifSC-Subset-{weight}.otf"
        font.save(out)
        print(
            f"{out.name}: {out.stat().st_size:,} bytes; not in the font, so letters "
            f"must avoid: {missing or 'nothing'}",
            file=sys.stderr,
        )


if __name__ == "__main__":
    main()
