"""A receipt document laid out on the printer's grid of 32, 42 or 48 columns.

Chinese and Korean characters take two columns, like on the printer. Long names wrap; amounts
stay right-aligned; a total's amount never wraps (its label is shortened instead).
"""
import unicodedata
from dataclasses import dataclass

from shop.receipts import Barcode, Items, Qr, ReceiptDocument, Row, Rows, Rule, Text, VatTable

SPACES = {"\u00a0": " ", "\u202f": " ", "\u2009": " "}  # Babel's no-break spaces print as spaces


@dataclass(frozen=True)
class Line:
    text: str
    bold: bool = False
    tall: bool = False  # double height


Printed = Line | Qr | Barcode


def char_width(ch: str) -> int:
    if unicodedata.combining(ch):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def text_width(text: str) -> int:
    return sum(char_width(ch) for ch in text)


def clean(text: str) -> str:
    for odd, plain in SPACES.items():
        text = text.replace(odd, plain)
    return text


def cut_to(text: str, width: int) -> str:
    out, used = [], 0
    for ch in text:
        w = char_width(ch)
        if used + w > width:
            break
        out.append(ch)
        used += w
    return "".join(out)


def wrap(text: str, width: int) -> list[str]:
    """Lines of at most `width` columns, broken at spaces where possible and anywhere in CJK text."""
    text = clean(text).strip()
    if width <= 0:
        return [text]
    lines: list[str] = []
    while text_width(text) > width:
        head = cut_to(text, width) or text[0]
        space = head.rfind(" ")
        if space > 0 and text[len(head)] != " ":
            head = head[:space]
        lines.append(head.rstrip())
        text = text[len(head):].lstrip()
    if text or not lines:
        lines.append(text)
    return lines


def pad(left: str, right: str, width: int) -> str:
    return left + " " * max(1, width - text_width(left) - text_width(right)) + right


def center(text: str, width: int) -> str:
    return " " * max(0, (width - text_width(text)) // 2) + text


def row_line(row: Row, width: int, right_margin: int = 0) -> Line:
    amount = clean(row.amount) + " " * right_margin
    room = width - text_width(amount) - 1
    label = cut_to(clean(row.label), max(0, room))
    return Line(pad(label, amount, width) if label else amount.rjust(width), row.bold, row.large)


def item_lines(item, width: int) -> list[Line]:
    amount = f"{clean(item.total)} {item.vat_code}"
    room = width - text_width(amount) - 1
    lines: list[Line] = []
    if room >= width // 2:
        names = wrap(item.name, room)
        lines.append(Line(pad(names[0], amount, width)))
        lines += [Line(name) for name in names[1:]]
    else:  # a very long amount on narrow paper: the name gets the whole line
        lines += [Line(name) for name in wrap(item.name, width)]
        lines.append(Line(amount.rjust(width)))
    if item.detail:
        lines += [Line("  " + part) for part in wrap(item.detail, width - 2)]
    if item.discount:
        row = Row("  " + item.discount.label, item.discount.amount)
        lines.append(row_line(row, width, right_margin=2))
    return lines


def vat_lines(table: VatTable, width: int) -> list[Line]:
    rows = [tuple(clean(c) for c in row) for row in table.rows]
    header = tuple(clean(c) for c in table.columns)
    widths = [max(text_width(r[i]) for r in [header, *rows]) for i in range(4)]
    lines = [Line(table.title, bold=True)]
    if sum(widths) + 3 <= width:
        first = width - sum(widths[1:]) - 3
        for n, row in enumerate([header, *rows]):
            cells = [cut_to(row[0], first) + " " * (first - text_width(cut_to(row[0], first)))]
            cells += [" " * (widths[i] - text_width(row[i])) + row[i] for i in range(1, 4)]
            lines.append(Line(" ".join(cells), bold=n == 0))
        return lines
    for row in rows:  # too narrow for four columns: one small block per rate
        lines.append(Line(row[0], bold=True))
        lines += [row_line(Row("  " + header[i], row[i]), width) for i in range(1, 4)]
    return lines


def layout(doc: ReceiptDocument, width: int) -> list[Printed]:
    """Every line of the receipt, `width` columns wide, plus the QR code and barcode in place."""
    out: list[Printed] = []
    for block in doc.blocks:
        if isinstance(block, Text):
            for part in wrap(block.text, width):
                out.append(Line(center(part, width) if block.align == "center" else part, block.bold, block.large))
        elif isinstance(block, Rule):
            out.append(Line("-" * width))
        elif isinstance(block, Rows):
            out += [row_line(row, width) for row in block.rows]
        elif isinstance(block, Items):
            for item in block.items:
                out += item_lines(item, width)
        elif isinstance(block, VatTable):
            out += vat_lines(block, width)
        elif isinstance(block, (Qr, Barcode)):
            out.append(block)
    return out


def plain_text(doc: ReceiptDocument, width: int) -> str:
    """The receipt as text, for previews and support: codes shown by their content."""
    lines = []
    for item in layout(doc, width):
        if isinstance(item, Line):
            lines.append(item.text.rstrip())
        elif isinstance(item, Qr):
            lines += [center(f"[QR {item.payload}]", width), center(item.caption, width)]
        else:
            lines.append(center(f"[|| {item.data} ||]", width))
    return "\n".join(lines) + "\n"
