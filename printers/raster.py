"""Receipt lines drawn as a bitmap, for text the printer has no characters for (Korean, Chinese).

Each character is drawn into the printer's own grid (12 x 24 dots per column, two columns for a
CJK character), so a drawn line lines up with the printed text above and below it. The fonts are
bundled under resources/fonts, so every till draws the same receipt.
"""
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from printers.config import DOTS_PER_COLUMN
from printers.layout import Line, char_width

FONT_DIR = Path(str(files("resources").joinpath("fonts")))
MONO = FONT_DIR / "DejaVuSansMono.ttf"
HAN = FONT_DIR / "DroidSansFallbackFull.ttf"  # Chinese ideographs, full-width forms
HANGUL = FONT_DIR / "NanumGothic.ttf"
CELL_HEIGHT = 24
LINE_GAP = 6  # the printer's default line spacing is about 30 dots


def is_hangul(ch: str) -> bool:
    code = ord(ch)
    return 0xAC00 <= code <= 0xD7A3 or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F


@lru_cache(maxsize=8)
def _font(path: Path, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(path), size)


@lru_cache(maxsize=4096)
def _has_glyph(path: Path, ch: str) -> bool:
    font = _font(path, 20)
    return font.getmask(ch).getbbox() is not None or ch.isspace()


def font_for(ch: str) -> tuple[ImageFont.FreeTypeFont, int]:
    """The bundled font to draw `ch` with, and the y offset that sits it on the text baseline."""
    if is_hangul(ch):
        return _font(HANGUL, 22), 1
    if char_width(ch) == 2:
        return _font(HAN, 22), 1
    if _has_glyph(MONO, ch):
        return _font(MONO, 20), 1
    return _font(HAN, 20), 2


def draw_line(line: Line, columns: int) -> Image.Image:
    """One grid line as a greyscale image, black text on white."""
    height = CELL_HEIGHT
    image = Image.new("L", (columns * DOTS_PER_COLUMN, height), 255)
    draw = ImageDraw.Draw(image)
    x = 0
    for ch in line.text:
        cells = char_width(ch)
        if not ch.isspace() and cells:
            font, dy = font_for(ch)
            width = draw.textlength(ch, font=font)
            stroke = 1 if line.bold else 0
            left = x + (cells * DOTS_PER_COLUMN - width) / 2
            left = max(stroke, min(left, image.width - width - stroke - 1))  # a bold last column stays on the paper
            draw.text((left, dy), ch, font=font, fill=0, stroke_width=stroke, stroke_fill=0)
        x += cells * DOTS_PER_COLUMN
    if line.tall:
        image = image.resize((image.width, height * 2), Image.Resampling.NEAREST)
    return image


def draw_lines(lines: list[Line], columns: int) -> Image.Image:
    """Several grid lines stacked with the printer's line spacing, in pure black and white."""
    parts = [draw_line(line, columns) for line in lines]
    total = sum(p.height + LINE_GAP for p in parts)
    image = Image.new("L", (columns * DOTS_PER_COLUMN, total), 255)
    y = 0
    for part in parts:
        image.paste(part, (0, y))
        y += part.height + LINE_GAP
    # Threshold here: python-escpos would dither the grey edges into speckles.
    return image.point(lambda v: 0 if v < 160 else 255)
