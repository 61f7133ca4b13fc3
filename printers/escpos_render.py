"""A laid-out receipt as ESC/POS bytes, written through python-escpos on its Dummy printer.

Latin text goes out in the receipt language's code page (python-escpos switches with ESC t n
for a character the page lacks, e.g. the euro sign on a CP852 Hungarian receipt). Chinese and
Korean go out in the printer's native double-byte mode (FS & ... FS .) when the printer is
configured for it, otherwise as raster images (GS v 0) drawn from the bundled fonts: the
capabilities database does not record CJK fonts, so only the shop knows its printer has them.
The bytes are rendered once and then sent over any transport (printers/devices.py).
"""
import contextlib
import io

from escpos.printer import Dummy

from printers.config import (
    PrinterConfig, escpos_profile_name, fallback_codepages, fit_profile, preferred_codepage,
)
from printers.errors import UnsupportedByPrinter
from printers.layout import Line, center, char_width, layout, wrap
from printers.raster import draw_lines
from shop.receipts import Barcode, Qr, ReceiptDocument

FS = b"\x1c"
CJK_ON = FS + b"&"  # FS &: double-byte (Kanji/Hanzi/Hangul) character mode
CJK_OFF = FS + b"."
NATIVE_CODECS = {"gb18030": ("zh", "gb18030"), "euc-kr": ("ko", "euc_kr")}
IMAGE_IMPLS = ("bitImageRaster", "graphics", "bitImageColumn")
BARCODE_SYMBOLOGY = "CODE128"
CODE_SET_B = "{B"  # CODE128 code set B: the digits, letters and '-' of a receipt number


def needs_cjk(ch: str) -> bool:
    """Characters no single-byte code page has: CJK ideographs, Hangul, full-width forms."""
    return char_width(ch) == 2 or 0x1100 <= ord(ch) <= 0x11FF or 0x3130 <= ord(ch) <= 0x318F


def native_codec(config: PrinterConfig, language: str) -> str | None:
    """The Python codec for the printer's double-byte mode, when it matches the receipt's script."""
    script, codec = NATIVE_CODECS.get(config.cjk, (None, None))
    return codec if script and language.split("_")[0].split("-")[0] == script else None


def drawer_kick(config: PrinterConfig) -> bytes:
    """ESC p m t1 t2: pulse pin 2 (m=0) or pin 5 (m=1) for on/off times in units of 2 ms."""
    on = max(1, min(255, config.drawer_on_ms // 2))
    off = max(1, min(255, config.drawer_off_ms // 2))
    return b"\x1bp" + bytes((0 if config.drawer_pin == 2 else 1, on, off))


class _Writer:
    """Writes printed lines onto a python-escpos printer, tracking style to send only changes."""

    def __init__(self, config: PrinterConfig, language: str):
        self.config = config
        self.columns = config.width_columns
        self.printer = Dummy(profile=escpos_profile_name(config))
        fit_profile(self.printer, config)
        self.language = language
        self.codec = native_codec(config, language)
        self.codepage = preferred_codepage(config, language)
        self.bold = False
        self.tall = False
        self.pending: list[Line] = []  # consecutive lines waiting to be drawn as one image
        self._no_page: dict[str, bool] = {}

    def special(self, ch: str) -> bool:
        """Needs the double-byte mode or a picture: CJK, or a sign no code page of the printer has (₩)."""
        if ch < "\x80":
            return False
        if ch not in self._no_page:
            encoder = self.printer.magic.encoder
            self._no_page[ch] = needs_cjk(ch) or not any(
                encoder.can_encode(page, ch) for page in encoder.available_encodings
            )
        return self._no_page[ch]

    def supports(self, feature: str) -> bool:
        return bool(self.printer.profile.supports(feature))

    def start(self) -> None:
        self.printer.hw("INIT")
        if self.codepage:
            # Select the language's page now, so a receipt never depends on the page left selected
            # by the previous job; python-escpos still switches for a character the page lacks.
            self.printer.magic.write_with_encoding(self.codepage, None)
        # python-escpos tries pages it has "used" before the others, lowest slot first.
        self.printer.magic.encoder.used_encodings.update(fallback_codepages(self.config, self.language))

    def style(self, bold: bool, tall: bool) -> None:
        if tall != self.tall:
            # GS ! (custom size), not ESC !: ESC ! would also reset bold behind our back.
            self.printer.set(custom_size=True, width=1, height=2 if tall else 1)
            self.tall = tall
        if bold != self.bold:
            self.printer.set(bold=bold)
            self.bold = bold

    def line(self, line: Line) -> None:
        text = line.text.rstrip()
        if not any(self.special(ch) for ch in text):
            self.flush_images()
            self.style(line.bold, line.tall)
            self.printer.text(text + "\n")
            return
        if self.codec and self._native(line, text):
            return
        self.pending.append(Line(text, line.bold, line.tall))

    def _native(self, line: Line, text: str) -> bool:
        """The line with its CJK runs in the printer's double-byte mode; False if a character has no code."""
        runs: list[tuple[bool, str]] = []
        for ch in text:
            wide = self.special(ch)
            if runs and runs[-1][0] == wide:
                runs[-1] = (wide, runs[-1][1] + ch)
            else:
                runs.append((wide, ch))
        try:
            encoded = [(wide, run.encode(self.codec) if wide else run) for wide, run in runs]
        except UnicodeEncodeError:
            return False  # e.g. ₩ has no EUC-KR code: the line is drawn instead
        # Printer fonts hold the two-byte codes only (GB2312/GBK, KS X 1001), not GB18030's four-byte ones.
        if any(wide and len(code) != 2 * len(run) for (wide, code), (_, run) in zip(encoded, runs)):
            return False
        self.flush_images()
        self.style(line.bold, line.tall)
        for wide, run in encoded:
            if wide:
                self.printer._raw(CJK_ON + run + CJK_OFF)
            else:
                self.printer.text(run)
        self.printer.text("\n")
        return True

    def image_impl(self) -> str:
        for impl in IMAGE_IMPLS:
            if self.supports(impl):
                return impl
        raise UnsupportedByPrinter("raster images")

    def flush_images(self) -> None:
        if not self.pending:
            return
        image = draw_lines(self.pending, self.columns)
        self.pending = []
        self.style(False, False)
        self.printer.image(image, impl=self.image_impl())

    def qr(self, qr: Qr) -> None:
        self.flush_images()
        self.style(False, False)
        size = 4 if self.columns >= 42 else 3
        self.printer.set(align="center")
        if self.config.native_qr and self.supports("qrCode"):
            self.printer.qr(qr.payload, size=size, native=True)
            self.printer.text("\n")
        else:
            self.printer.qr(qr.payload, size=size, native=False, image_arguments={"impl": self.image_impl()})
        self.printer.set(align="left")
        for part in wrap(qr.caption, self.columns) if qr.caption else []:
            self.line(Line(center(part, self.columns)))

    def barcode(self, code: Barcode) -> None:
        self.flush_images()
        self.style(False, False)
        # python-escpos reports on stdout which renderer it chose; the CLI's stdout is not for that.
        with contextlib.redirect_stdout(io.StringIO()):
            if self.supports("barcodeB"):
                self.printer.barcode(CODE_SET_B + code.data, BARCODE_SYMBOLOGY, height=64, width=2,
                                     pos="BELOW", function_type="B")
            else:
                self.printer.barcode(code.data, BARCODE_SYMBOLOGY, height=64, width=2,
                                     force_software=self.image_impl())
        self.printer.set(align="left")

    def finish(self) -> bytes:
        self.flush_images()
        self.style(False, False)
        if self.config.cut:
            self.printer.cut()
        else:
            self.printer.print_and_feed(6)
        return self.printer.output


def render(doc: ReceiptDocument, config: PrinterConfig) -> bytes:
    """The whole receipt as bytes for `config`'s printer, cut at the end (the drawer is kicked apart)."""
    writer = _Writer(config, doc.language)
    writer.start()
    for item in layout(doc, writer.columns):
        if isinstance(item, Qr):
            writer.qr(item)
        elif isinstance(item, Barcode):
            writer.barcode(item)
        else:
            writer.line(item)
    return writer.finish()
