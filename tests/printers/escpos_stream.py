"""An independent reader of the ESC/POS bytes we send: what a printer would do with them.

It knows the commands by their byte layout (not by calling python-escpos) and decodes text with
the code page currently selected by ESC t n, looked up in the printer profile, or in the
double-byte codec between FS & and FS . — so a wrong page switch shows up as wrong text.
"""
from dataclasses import dataclass, field

from escpos.capabilities import CAPABILITIES


@dataclass
class Stream:
    events: list[tuple] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)  # printed text lines, in order
    images: list[tuple[int, int]] = field(default_factory=list)  # (width in dots, height) per GS v 0
    pages_used: list[str] = field(default_factory=list)  # code pages selected, in order

    def kinds(self) -> list[str]:
        return [event[0] for event in self.events]

    def find(self, kind: str) -> list[tuple]:
        return [event for event in self.events if event[0] == kind]


def codec_of(profile: str, slot: int) -> tuple[str, str]:
    name = CAPABILITIES["profiles"][profile]["codePages"][str(slot)]
    return name, CAPABILITIES["encodings"][name]["python_encode"]


def parse(data: bytes, profile: str = "default", double_byte: str = "gb18030") -> Stream:
    """Walk the stream command by command; unknown commands fail loudly."""
    out = Stream()
    i = 0
    page, codec = "CP437", "cp437"  # after ESC @ a printer is on page 0
    cjk = False
    line = bytearray()
    segments: list[str] = []

    def flush_text():
        if line:
            segments.append(bytes(line).decode(double_byte if cjk else codec))
            line.clear()

    while i < len(data):
        b = data[i]
        two = data[i:i + 2]
        if b == 0x0A:
            flush_text()
            out.lines.append("".join(segments))
            segments.clear()
            out.events.append(("lf",))
            i += 1
        elif two == b"\x1b@":
            out.events.append(("init",))
            page, codec = "CP437", "cp437"
            i += 2
        elif two == b"\x1bt":
            flush_text()
            page, codec = codec_of(profile, data[i + 2])
            out.pages_used.append(page)
            out.events.append(("codepage", page))
            i += 3
        elif two in (b"\x1bE", b"\x1ba", b"\x1d!", b"\x1dh", b"\x1dw", b"\x1dH", b"\x1df", b"\x1bd", b"\x1b!"):
            flush_text()
            name = {b"\x1bE": "bold", b"\x1ba": "align", b"\x1d!": "size", b"\x1dh": "barcode_height",
                    b"\x1dw": "barcode_width", b"\x1dH": "hri", b"\x1df": "hri_font", b"\x1bd": "feed",
                    b"\x1b!": "mode"}[two]
            out.events.append((name, data[i + 2]))
            i += 3
        elif two == b"\x1c&":
            flush_text()
            cjk = True
            out.events.append(("cjk", True))
            i += 2
        elif two == b"\x1c.":
            flush_text()
            cjk = False
            out.events.append(("cjk", False))
            i += 2
        elif data[i:i + 3] == b"\x1dv0":
            flush_text()
            width_bytes = data[i + 4] + 256 * data[i + 5]
            height = data[i + 6] + 256 * data[i + 7]
            out.images.append((width_bytes * 8, height))
            out.events.append(("raster", width_bytes * 8, height, data[i + 8:i + 8 + width_bytes * height]))
            i += 8 + width_bytes * height
        elif data[i:i + 3] == b"\x1d(k":
            size = data[i + 3] + 256 * data[i + 4]
            body = data[i + 5:i + 5 + size]
            if body[:2] == b"1P":  # store the QR data (cn=49, fn=80, m=48)
                out.events.append(("qr", body[3:].decode("utf-8")))
            elif body[:2] == b"1Q":
                out.events.append(("qr_print",))
            i += 5 + size
        elif two == b"\x1dk":
            flush_text()
            symbology, length = data[i + 2], data[i + 3]
            out.events.append(("barcode", symbology, data[i + 4:i + 4 + length].decode("ascii")))
            i += 4 + length
        elif two == b"\x1dV":
            flush_text()
            out.events.append(("cut", data[i + 2]))
            i += 3
        elif two == b"\x1bp":
            out.events.append(("kick", data[i + 2], data[i + 3], data[i + 4]))
            i += 5
        elif two == b"\x10\x04":
            out.events.append(("status", data[i + 2]))
            i += 3
        elif b < 0x20:
            raise ValueError(f"unknown command {data[i:i + 4]!r} at {i}")
        else:
            line.append(b)  # in FS & mode a character is several bytes; decoded together at FS .
            i += 1
    flush_text()
    if segments:
        out.lines.append("".join(segments))
    return out


def raster_rows(event: tuple) -> list[str]:
    """A GS v 0 image as rows of '#' and '.', for checking that something was drawn."""
    _, width, height, bits = event
    stride = width // 8
    return [
        "".join("#" if bits[y * stride + x // 8] & (0x80 >> (x % 8)) else "." for x in range(width))
        for y in range(height)
    ]
