"""How this till's receipt printer and cash drawer are connected and what they can do.

Stored as JSON in the `setting` table under "printer", beside the shop settings. Profiles are
python-escpos's capabilities database (code pages, fonts, paper width in dots).
"""
from copy import deepcopy
from dataclasses import dataclass

from escpos.capabilities import CAPABILITIES
from sqlmodel import Session

from db.setting_rows import load_dataclass, save_dataclass

SETTINGS_KEY = "printer"
TRANSPORTS = ("none", "usb", "serial", "network", "file", "pdf", "dummy")
FLOW_CONTROLS = ("none", "xonxoff", "rtscts", "dsrdtr")
CJK_MODES = ("raster", "gb18030", "euc-kr")  # raster works on any printer; native needs CJK firmware
DRAWERS = ("printer", "serial", "none")
DOTS_PER_COLUMN = 12  # font A is 12 x 24 dots on 203 and 180 dpi printers
# The code page a receipt language prefers, best first; the printer profile must list it.
LANGUAGE_CODEPAGES = {
    "it": ("CP858", "CP1252", "ISO_8859-15", "CP850"),
    "en": ("CP858", "CP1252", "ISO_8859-15", "CP437"),
    "hu": ("CP852", "CP1250", "ISO_8859-2"),
    "ko": ("CP437",),
    "zh": ("CP437",),
}
# Where a character missing from the language's page is looked for first (the euro sign on a CP852
# Hungarian receipt): common Western pages rather than whichever page sits in the lowest slot.
FALLBACK_CODEPAGES = ("CP858", "CP1252", "CP437")


@dataclass
class PrinterConfig:
    transport: str = "none"
    profile: str = "default"
    paper_mm: int = 80  # 58 or 80
    columns: int = 0  # 0: from the paper width and profile (32, 42 or 48)
    codepage: str = "auto"  # or a code page name from the profile, e.g. CP852
    cjk: str = "raster"
    native_qr: bool = True  # GS ( k when the profile has qrCode; else the QR is sent as an image
    cut: bool = True
    timeout_s: float = 10.0
    check_status: bool = False  # ask DLE EOT before each job (printers that answer it)
    # usb
    usb_vendor: int = 0
    usb_product: int = 0
    usb_in_ep: int = 0x82
    usb_out_ep: int = 0x01
    # serial (a device name or a pyserial URL)
    serial_port: str = ""
    baudrate: int = 9600
    flow_control: str = "none"
    # network
    host: str = ""
    port: int = 9100
    # file: a device path such as /dev/usb/lp0; pdf: a folder for one PDF per receipt
    device_path: str = ""
    # cash drawer
    drawer: str = "printer"
    drawer_pin: int = 2
    drawer_on_ms: int = 100
    drawer_off_ms: int = 100
    drawer_serial_port: str = ""
    drawer_serial_baud: int = 9600
    open_drawer_on_cash: bool = True

    @property
    def width_columns(self) -> int:
        if self.columns:
            return self.columns
        if self.paper_mm <= 58:
            return 32
        # A profile that knows its print head (TM-T88: 512 dots, 42 columns) is believed; the
        # generic ones guess 42, but most 80 mm printers sold today have 576 dots: 48 columns.
        data = profile_data(self.profile)
        if not isinstance(data.get("media", {}).get("width", {}).get("pixels"), int):
            return 48
        font_a = int(data["fonts"].get("0", {}).get("columns", 48))
        return 42 if font_a == 42 else 48

    @property
    def width_dots(self) -> int:
        return self.width_columns * DOTS_PER_COLUMN

    def describe(self) -> str:
        """Where the printer is, for status lines and error records (not translated: an address)."""
        return {
            "usb": f"usb:{self.usb_vendor:04x}:{self.usb_product:04x}",
            "serial": f"serial:{self.serial_port}",
            "network": f"{self.host}:{self.port}",
            "file": self.device_path,
            "pdf": self.device_path,
        }.get(self.transport, self.transport)


def profile_names() -> list[str]:
    return sorted(CAPABILITIES["profiles"])


def profile_data(name: str) -> dict:
    return CAPABILITIES["profiles"].get(name) or CAPABILITIES["profiles"]["default"]


def profile_label(name: str) -> str:
    data = profile_data(name)
    return f"{data.get('vendor', '')} {data.get('name', name)}".strip()


def profile_codepages(name: str) -> list[str]:
    """The code pages the profile names (python-escpos knows how to encode), in slot order."""
    pages = profile_data(name)["codePages"]
    return [pages[slot] for slot in sorted(pages, key=int) if pages[slot] != "Unknown"]


def fit_profile(printer, config: PrinterConfig) -> None:
    """Give a python-escpos printer built with `profile=config.profile` our paper width in dots.

    The profile data is copied first: python-escpos shares it between all printers of a model.
    """
    data = deepcopy(printer.profile.profile_data)
    width = data.setdefault("media", {}).setdefault("width", {})
    if not isinstance(width.get("pixels"), int) or width["pixels"] < config.width_dots:
        width["pixels"] = config.width_dots
    printer.profile.profile_data = data


def escpos_profile_name(config: PrinterConfig) -> str:
    return config.profile if config.profile in CAPABILITIES["profiles"] else "default"


def preferred_codepage(config: PrinterConfig, language: str) -> str | None:
    """The code page receipts in `language` start in, or None to let python-escpos choose."""
    available = profile_codepages(config.profile)
    if config.codepage != "auto":
        return config.codepage if config.codepage in available else None
    for name in LANGUAGE_CODEPAGES.get(language, ("CP437",)):
        if name in available:
            return name
    return None


def fallback_codepages(config: PrinterConfig, language: str) -> set[str]:
    """The pages python-escpos should try first for a character the receipt's page lacks."""
    wanted = (*LANGUAGE_CODEPAGES.get(language, ()), *FALLBACK_CODEPAGES)
    return {name for name in wanted if name in profile_codepages(config.profile)}


def load_printer_config(session: Session) -> PrinterConfig:
    return load_dataclass(session, SETTINGS_KEY, PrinterConfig)


def save_printer_config(session: Session, config: PrinterConfig) -> None:
    save_dataclass(session, SETTINGS_KEY, config)
