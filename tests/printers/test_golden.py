"""Exact ESC/POS bytes of fixed receipts, compared with files reviewed once (tests/printers/golden/).

A change in python-escpos, the layout or the renderer shows up here byte for byte. To accept a
deliberate change: BOTTEGA_UPDATE_GOLDEN=1 pytest tests/printers/test_golden.py, then review the
files' decoded text (tests/printers/escpos_stream.py) before committing them.
"""
import os
from pathlib import Path

import pytest

from printers.config import PrinterConfig
from printers.escpos_render import render
from shop.receipts import Barcode, Item, Items, Qr, ReceiptDocument, Row, Rows, Rule, Text, VatTable, labels
from tests.printers.escpos_stream import parse

GOLDEN = Path(__file__).parent / "golden"


def fixed_receipt(language: str, currency_sign: str) -> ReceiptDocument:
    """A sale receipt with every kind of block and no date or id that changes between runs."""
    w = labels(language)
    names = {
        "it": ("Prosciutto crudo di Parma stagionato 24 mesi", "Pane di Altamura"),
        "hu": ("Gyűrűs kalács főzőtejszínnel és mákkal", "Túró Rudi"),
        "zh": ("乌龙茶 特级 250克 福建安溪铁观音", "绿茶"),
        "ko": ("신라면 멀티팩 5개입 매운맛 큰사발", "서울우유 1L"),
    }[language]
    money = lambda text: f"{text} {currency_sign}"  # noqa: E731
    return ReceiptDocument(
        kind="sale", number="T1-000042", language=language, title=w["receipt"], copy=False,
        blocks=(
            Text("Bottega Rossi", bold=True, large=True), Text("Via Roma 1, Bologna"), Rule(),
            Text(w["receipt"], bold=True),
            Rows((Row(w["number"], "T1-000042"), Row(w["date"], "23/11/26 10:15"), Row(w["cashier"], "Anna"))),
            Rule(),
            Items((
                Item(names[0], money("19,39"), "B", detail=money("0,486 kg x 39,90") + "/kg"),
                Item(names[1], money("7,00"), "C", detail=money("2 x 3,50"), discount=Row(w["discount"], money("-0,70"))),
            )),
            Rule(), Rows((Row(w["total"], money("25,69"), bold=True, large=True),)),
            Rows((Row(w["cash"], money("30,00")), Row(w["change"], money("4,31")))),
            Rule(),
            VatTable(w["vat_summary"], (w["rate"], w["net"], w["vat"], w["gross"]),
                     (("B 10%", money("17,63"), money("1,76"), money("19,39")), ("C 4%", money("6,06"), money("0,24"), money("6,30")))),
            Rule(), Qr("bottega://receipt/T1-000042", w["scan"]), Barcode("T1-000042"), Text(w["thanks"], bold=True),
        ),
        total=2569, currency="EUR",
    )


CASES = {
    "it_80_tm-t20ii": (fixed_receipt("it", "€"), PrinterConfig(profile="TM-T20II", paper_mm=80)),
    "hu_58_default": (fixed_receipt("hu", "€"), PrinterConfig(profile="default", paper_mm=58)),
    "zh_80_gb18030": (fixed_receipt("zh", "¥"), PrinterConfig(profile="default", paper_mm=80, cjk="gb18030")),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_bytes_match_the_golden_file(name):
    """The rendered bytes are exactly the reviewed file's bytes."""
    document, config = CASES[name]
    data = render(document, config)
    path = GOLDEN / f"{name}.bin"
    if os.environ.get("BOTTEGA_UPDATE_GOLDEN") == "1":
        path.write_bytes(data)
    expected = path.read_bytes()
    if data != expected:  # show the difference as text a person can read, then fail
        assert parse(data, config.profile).lines == parse(expected, config.profile).lines
    assert data == expected


def test_golden_files_read_as_receipts():
    """The reviewed files themselves decode to the receipts they claim to be (guards against a bad update)."""
    it = parse((GOLDEN / "it_80_tm-t20ii.bin").read_bytes(), "TM-T20II")
    assert it.pages_used == ["CP858"]
    assert "TOTALE                                   25,69 €" in it.lines
    assert ["Prosciutto crudo di Parma stagionato   19,39 € B", "24 mesi"] == it.lines[8:10]
    hu = parse((GOLDEN / "hu_58_default.bin").read_bytes())
    assert hu.pages_used[0] == "CP852" and any(line.startswith("Gyűrűs kalács") for line in hu.lines)
    zh = parse((GOLDEN / "zh_80_gb18030.bin").read_bytes(), double_byte="gb18030")
    assert any(line.startswith("乌龙茶 特级") for line in zh.lines) and not zh.images
