"""Make the Chinese PDF fonts in static/fonts/ (this is the script that made them).

Source: Noto Serif CJK SC, Regular and Bold, from Debian's ``fonts-noto-cjk``
(``apt-get install fonts-noto-cjk``). The .ttc files hold the JP, KR, SC, TC and HK
faces; the Simplified Chinese face is picked by its family name.

Kept: every character of GB2312 (all 2-byte codes 0xA1A1-0xF7FE that decode), ASCII,
Latin-1, general punctuation, CJK symbols and punctuation, fullwidth forms, and a few
symbols letters use. Hinting is dropped (PDF viewers do not need it). The output is
deterministic: the source's timestamps are kept, so the same input gives the same bytes.

Run from the project root:  .venv/bin/python tools/make_font_subsets.py
"""

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

SOURCE_DIR = Path("/usr/share/fonts/opentype/noto")
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


def face_number(path: Path) -> int:
    for number, font in enumerate(TTCollection(path)):
        if font["name"].getDebugName(1) == FAMILY:
            return number
    raise SystemExit(f"{FAMILY} not found in {path}")


def main() -> None:
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
