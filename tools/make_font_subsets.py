"""Make the Chinese PDF fonts in static/fonts/ (this is the script that made them).

Source: Noto Serif CJK SC, Regular and Bold, from Debian's ``fonts-noto-cjk``
(``apt-get install fonts-noto-cjk``). The .ttc files hold the JP, KR, SC, TC and HK
faces; the Simplified Chinese face is picked by its family name.

Kept: every character of GB2312 (all 2-byte codes 0xA1A1-0xF7FE that decode), ASCII,
Latin-1, general punctuation, CJK symbols and punctuation, fullwidth forms, and a few
symbols letters use. Hinting is dropped (PDF viewers do not need it), and so are the
glyphs and tables only other languages (Japanese, Korean, traditional forms) or vertical
text use: WeasyPrint's subsetting of a font at every render takes time in proportion to
its number of glyphs. The output is deterministic: the source's timestamps are kept, so
the same input gives the same bytes.

Run from the project root:  .venv/bin/python tools/make_font_subsets.py
The rarer characters' fonts and static/css/pdf-extended.css:
    .venv/bin/python tools/make_font_subsets.py --extended
(NOTO_CJK_DIR names another folder holding the .ttc files.)
"""

import os
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

SOURCE_DIR = Path(os.environ.get("NOTO_CJK_DIR", "/usr/share/fonts/opentype/noto"))
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "static" / "fonts"
EXTENDED_CSS = ROOT / "static" / "css" / "pdf-extended.css"
FAMILY = "Noto Serif CJK SC"
WEIGHTS = ("Regular", "Bold")
EXTRA = "¥￥•…—–“”‘’✓✗→×√□■〇" + "".join(map(chr, range(0x2460, 0x2474)))  # ①-⑳
# Spaces and punctuation: every extended font has them too, as Pango takes them from the
# font of a rare character next to them, and a glyph missing there is drawn as a box.
PUNCTUATION = ((0x20, 0x7E), (0x2000, 0x206F), (0x3000, 0x303F), (0xFF00, 0xFFEF))
# The rarer characters come in one font per block of code points, so that a document pays
# (in subsetting time and size) only for the blocks its text uses. The characters outside
# these blocks (a few GBK symbols) make one more font, "Symbols".
EXTENDED_BLOCKS = (
    (0x3400, 0x3BFF),  # CJK Unified Ideographs Extension A, in three
    (0x3C00, 0x43FF),
    (0x4400, 0x4DBF),
    (0x4E00, 0x5FFF),  # CJK Unified Ideographs, by 4,096 code points
    (0x6000, 0x6FFF),
    (0x7000, 0x7FFF),
    (0x8000, 0x8FFF),
    (0x9000, 0x9FFF),
    (0xF900, 0xFAFF),  # CJK Compatibility Ideographs
)
# Features only vertical text uses; their glyphs are left out.
VERTICAL_FEATURES = {"vert", "vrt2", "vjmo", "vhal", "vkrn", "vpal", "valt", "vchw"}


def code_points(ranges) -> set[int]:
    return {c for start, end in ranges for c in range(start, end + 1)}


def gb2312() -> set[int]:
    codes = (bytes((hi, lo)) for hi in range(0xA1, 0xF8) for lo in range(0xA1, 0xFF))
    return {ord(char) for code in codes if (char := code.decode("gb2312", "ignore"))}


def wanted() -> set[int]:
    chars = code_points([*PUNCTUATION, (0xA0, 0xFF)])
    return chars | gb2312() | {ord(c) for c in EXTRA}


def extended() -> set[int]:
    """The rarer Chinese characters (names like 王䶮, 张喆): CJK Unified Ideographs, Extension
    A, compatibility ideographs and the rest of GBK, less what the main subset has. One
    weight only, loaded by a PDF only when its text needs it (assistant/letters/pdf.py)."""
    chars = code_points([(0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF)])
    codes = (bytes((hi, lo)) for hi in range(0x81, 0xFF) for lo in range(0x40, 0xFF))
    gbk = {ord(char) for code in codes if len(char := code.decode("gbk", "ignore")) == 1}
    return (chars | gbk) - wanted()


def extended_fonts(rare: set[int]) -> dict[str, set[int]]:
    """Font name suffix -> the rare characters it holds (EXTENDED_BLOCKS, then Symbols)."""
    fonts = {f"{start:04X}": rare & code_points([(start, end)]) for start, end in EXTENDED_BLOCKS}
    fonts["Symbols"] = rare - code_points(EXTENDED_BLOCKS)
    return fonts


def face_number(path: Path) -> int:
    for number, font in enumerate(TTCollection(path)):
        if font["name"].getDebugName(1) == FAMILY:
            return number
    raise SystemExit(f"{FAMILY} not found in {path}")


def source(weight) -> TTFont:
    path = SOURCE_DIR / f"NotoSerifCJK-{weight}.ttc"
    return TTFont(path, fontNumber=face_number(path), recalcTimestamp=False)


def simplified_chinese_only(font: TTFont) -> None:
    """Drop the layout rules of the other languages (Japanese, Korean, traditional forms):
    the documents are zh-CN, and each rule's alternate glyphs would be kept."""
    for tag in ("GSUB", "GPOS"):
        for record in font[tag].table.ScriptList.ScriptRecord:
            script = record.Script
            script.LangSysRecord = [r for r in script.LangSysRecord if r.LangSysTag == "ZHS "]
            script.LangSysCount = len(script.LangSysRecord)


def subset_font(font: TTFont, unicodes: set[int]) -> None:
    options = subset.Options()
    options.hinting = False
    options.name_IDs = ["*"]  # keep copyright and licence fields
    options.notdef_outline = True
    options.layout_features = [f for f in options.layout_features if f not in VERTICAL_FEATURES]
    options.drop_tables += ["vhea", "vmtx", "VORG"]  # vertical metrics
    simplified_chinese_only(font)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)


def save(font: TTFont, name: str, note: str) -> None:
    out = OUT_DIR / name
    font.save(out)
    print(f"{out.name}: {out.stat().st_size:,} bytes, {note}", file=sys.stderr)


def make_main() -> None:
    must_have = gb2312() | {ord(c) for c in EXTRA}  # the range fillers may be unassigned
    for weight in WEIGHTS:
        font = source(weight)
        missing = "".join(chr(c) for c in sorted(must_have - font.getBestCmap().keys()))
        subset_font(font, wanted())
        save(font, f"NotoSerifSC-Subset-{weight}.otf", f"lacks {missing or 'nothing'}")


def make_extended() -> None:
    """One Regular font per block of rare characters, and the stylesheet declaring them."""
    available = source("Regular").getBestCmap().keys()
    faces, families = [], []
    for suffix, chars in extended_fonts(extended() & available).items():
        font = source("Regular")
        unicodes = chars | (code_points(PUNCTUATION) & available)
        subset_font(font, unicodes)
        name = f"NotoSerifSC-Extended-{suffix}.otf"
        save(font, name, f"{len(chars):,} rare characters")
        families.append(f'"{family_name(suffix)}"')
        faces.append(font_face(families[-1], name, unicodes))
    family = ",\n    ".join(['"Anxin Serif SC"', *families, "serif"])
    css = EXTENDED_CSS_HEADER + "\n".join(faces) + EXTENDED_CSS_FAMILY.format(family=family)
    EXTENDED_CSS.write_text(css)


def family_name(suffix: str) -> str:
    """The CSS family of an extended font: "… U4400", not "… 4400", which Pango would read
    as a size."""
    return f"Anxin Serif SC Extended {suffix if suffix == 'Symbols' else 'U' + suffix}"


def unicode_range(unicodes: set[int]) -> str:
    """`unicodes` as a CSS unicode-range: runs of consecutive code points."""
    runs, start, previous = [], None, None
    for code in sorted(unicodes):
        if code - 1 != previous:
            if start is not None:
                runs.append((start, previous))
            start = code
        previous = code
    runs.append((start, previous))
    return ", ".join(f"U+{a:X}" if a == b else f"U+{a:X}-{b:X}" for a, b in runs)


def font_face(family: str, name: str, unicodes: set[int]) -> str:
    return (
        "@font-face {\n"
        f"  font-family: {family};\n"
        f'  src: url("../fonts/{name}") format("opentype");\n'
        "  font-weight: normal;\n"
        "  font-style: normal;\n"
        f"  unicode-range: {unicode_range(unicodes)};\n"
        "}\n"
    )


EXTENDED_CSS_HEADER = """\
/* Made by tools/make_font_subsets.py --extended: do not edit by hand.
   Linked into a PDF only when its text has characters outside the GB2312 subset of
   pdf.css (assistant/letters/pdf.py): rarer characters such as 䶮 or 喆 come from these
   Regular-only fonts, one per block of code points; a PDF embeds only the fonts of the
   blocks its text uses. One family per font: WeasyPrint tells the fonts it embeds apart
   by family, so two fonts of one family would share one font program in the PDF and
   print the second one's characters as wrong glyphs. See static/fonts/README.md. */

"""

EXTENDED_CSS_FAMILY = """
html,
body {{
  font-family:
    {family};
}}
"""


def main() -> None:
    if "--extended" in sys.argv:
        make_extended()
    else:
        make_main()


if __name__ == "__main__":
    main()
