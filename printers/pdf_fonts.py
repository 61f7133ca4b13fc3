"""The bundled TrueType fonts registered with reportlab, and text split into runs by font.

No single bundled font covers Italian, Hungarian, Korean and Chinese, so every string is cut into
runs and each run gets the first font that has all its characters: DejaVu for Latin (ő, ű, €, ₩),
NanumGothic for Hangul, Droid Sans Fallback for Chinese. A Korean shop name with a Latin address
on one line then prints every character, and pdffonts lists only fonts that are really used,
each embedded as a subset.
"""
import unicodedata
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = Path(str(files("resources").joinpath("fonts")))
LATIN = "BottegaSans"
LATIN_BOLD = "BottegaSans-Bold"
HANGUL = "BottegaHangul"
HAN = "BottegaHan"
FILES = {
    LATIN: "DejaVuSans.ttf",
    LATIN_BOLD: "DejaVuSans-Bold.ttf",
    HANGUL: "NanumGothic.ttf",
    HAN: "DroidSansFallbackFull.ttf",
}


def is_hangul(ch: str) -> bool:
    code = ord(ch)
    return 0xAC00 <= code <= 0xD7A3 or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F


@lru_cache(maxsize=1)
def register_fonts() -> dict[str, TTFont]:
    """Register the four fonts once per process (the CJK ones take ~0.2 s each to parse)."""
    fonts = {}
    for name, filename in FILES.items():
        font = TTFont(name, str(FONT_DIR / filename))
        pdfmetrics.registerFont(font)
        fonts[name] = font
    # <b> in a paragraph picks the bold face; the CJK fonts have no bold, they stay regular.
    addMapping(LATIN, 0, 0, LATIN)
    addMapping(LATIN, 1, 0, LATIN_BOLD)
    addMapping(LATIN, 0, 1, LATIN)
    addMapping(LATIN, 1, 1, LATIN_BOLD)
    for cjk in (HANGUL, HAN):
        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(cjk, bold, italic, cjk)
    return fonts


def _covers(font: str, ch: str) -> bool:
    return ord(ch) in register_fonts()[font].face.charToGlyph


@lru_cache(maxsize=8192)
def font_for(ch: str, bold: bool = False) -> str:
    """The registered font that draws `ch`: by script first, then whichever has the glyph."""
    latin = LATIN_BOLD if bold else LATIN
    if is_hangul(ch):
        preferred = (HANGUL, HAN, latin)
    elif unicodedata.east_asian_width(ch) in ("W", "F"):
        preferred = (HAN, HANGUL, latin)
    else:
        preferred = (latin, HAN, HANGUL)
    return next((font for font in preferred if _covers(font, ch)), latin)


def runs(text: str, bold: bool = False) -> list[tuple[str, str]]:
    """`text` as (font name, piece) runs; spaces stay in the run they are in, so runs stay long."""
    out: list[tuple[str, str]] = []
    for ch in text:
        font = out[-1][0] if out and ch == " " else font_for(ch, bold)
        if out and out[-1][0] == font:
            out[-1] = (font, out[-1][1] + ch)
        else:
            out.append((font, ch))
    return out


def markup(text: str, bold: bool = False) -> str:
    """Paragraph markup for `text` with a <font> tag per run (escaped: names may hold '&' or '<')."""
    return "".join(f'<font face="{font}">{escape(piece)}</font>' for font, piece in runs(text, bold))


def string_width(text: str, size: float, bold: bool = False) -> float:
    """Width in points of `text` drawn run by run, for columns that must fit an amount."""
    return sum(pdfmetrics.stringWidth(piece, font, size) for font, piece in runs(text, bold))


def draw_string(canvas, x: float, y: float, text: str, size: float, bold: bool = False, anchor: str = "left") -> None:
    """Draw `text` on a canvas run by run, starting at x (or ending at x, or centred on x)."""
    width = string_width(text, size, bold)
    x -= {"left": 0, "right": width, "center": width / 2}[anchor]
    for font, piece in runs(text, bold):
        canvas.setFont(font, size)
        canvas.drawString(x, y, piece)
        x += pdfmetrics.stringWidth(piece, font, size)
