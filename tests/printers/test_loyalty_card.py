"""Printed loyalty cards: ID-1 size and A4 sheets whose QR, read by a real decoder, leads back to the customer."""
import re
import subprocess
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from db.engine import read_session, write_session
from db.models import Setting
from printers.loyalty_card import CARD_H, CARD_W, card_pdf, card_sheet_pdf
from shop.cards import DEFAULT_SERVER, card_to_print, customer_by_card, issue_card
from shop.customers import register_customer

DPI = 200


def page_sizes(path: Path) -> list[tuple[float, float]]:
    out = subprocess.run(["pdfinfo", "-f", "1", "-l", "99", str(path)], check=True, capture_output=True, text=True).stdout
    return [(float(w), float(h)) for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", out)]


def to_png(path: Path, page: int = 1) -> Path:
    target = path.with_suffix(f".p{page}")
    subprocess.run(["pdftoppm", "-png", "-r", str(DPI), "-f", str(page), "-l", str(page), "-singlefile", str(path),
                    str(target)], check=True)
    return Path(f"{target}.png")


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout


def customers_with_cards(shop, names_phones):
    made = []
    with write_session(shop.engine) as session:
        for name, phone in names_phones:
            customer = register_customer(session, "IT", name, phone)
            issue_card(session, customer.id, "T1")
            made.append(customer.id)
    with read_session(shop.engine) as session:
        return made, [card_to_print(session, cid, shop.settings.shop_name) for cid in made]


def test_card_pdf_is_credit_card_size_and_its_qr_finds_the_customer(shop, tmp_path):
    """One ID-1 page; the QR decoded from the rendered PNG is the card link, which finds the customer."""
    (customer_id,), (card,) = customers_with_cards(shop, [("Nicolò D'Angelo", "333 123 4567")])
    path = tmp_path / "card.pdf"
    path.write_bytes(card_pdf(card))
    (width, height), = page_sizes(path)
    assert (round(width / 72 * 25.4, 1), round(height / 72 * 25.4, 1)) == (85.6, 54.0)
    png = to_png(path)
    decoded = [r.text for r in zxingcpp.read_barcodes(Image.open(png))]
    assert decoded == [card.link] and card.link.startswith(DEFAULT_SERVER + "/c/")
    with read_session(shop.engine) as session:
        assert customer_by_card(session, decoded[0]).id == customer_id
    text = pdf_text(path)
    assert card.printed_code in text and "Nicolò D'Angelo" in text and shop.settings.shop_name in text


def test_a4_sheet_holds_ten_cards_a_page_every_qr_readable(shop, tmp_path):
    """Twelve cards make two A4 pages (10 + 2); every QR on them decodes to its own card, CJK names print."""
    people = [(f"Cliente {i}", f"333 000 {i:04d}") for i in range(10)] + [("王小明", "+86 138 0013 8000"),
                                                                          ("김민준", "+82 10-1234-5678")]
    ids, cards = customers_with_cards(shop, people)
    path = tmp_path / "sheet.pdf"
    path.write_bytes(card_sheet_pdf(cards))
    sizes = page_sizes(path)
    assert len(sizes) == 2 and all((round(w), round(h)) == (595, 842) for w, h in sizes)
    found = []
    for page in (1, 2):
        found += [r.text for r in zxingcpp.read_barcodes(Image.open(to_png(path, page)))]
    assert sorted(found) == sorted(card.link for card in cards)
    text = subprocess.run(["pdftotext", "-f", "2", "-l", "2", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout
    assert "王小明" in text and "김민준" in text


def test_enrolled_till_prints_its_server_in_the_link(shop):
    """Once the till is enrolled, the printed link points at the shop's server."""
    with write_session(shop.engine) as session:
        session.add(Setting(key="sync", value={"server_url": "https://loyalty.example.com"}))
    _ids, (card,) = customers_with_cards(shop, [("Lucia Bianchi", "333 123 4567")])
    assert card.link == f"https://loyalty.example.com/c/{card.code}"
    assert CARD_W > CARD_H


def test_card_for_a_phone_issues_the_first_card_once(shop, tmp_path):
    """Printing by phone issues a card for a member without one, and prints the same card next time."""
    from printers.loyalty_card import card_pdf_for_phone
    from shop.customer_errors import CustomerNotFound

    with write_session(shop.engine) as session:
        customer = register_customer(session, "IT", "Lucia Bianchi", "333 123 4567")
    first, again = card_pdf_for_phone(shop.engine, "+39 333-1234567"), card_pdf_for_phone(shop.engine, "3331234567")
    links = []
    for name, data in (("first", first), ("again", again)):
        path = tmp_path / f"{name}.pdf"
        path.write_bytes(data)
        links += [r.text for r in zxingcpp.read_barcodes(Image.open(to_png(path)))]
    assert len(links) == 2 and links[0] == links[1]
    with read_session(shop.engine) as session:
        assert customer_by_card(session, links[0]).id == customer.id
    with pytest.raises(CustomerNotFound):
        card_pdf_for_phone(shop.engine, "334 000 0000")


def test_bottega_card_command_prints_reissues_and_makes_sheets(shop, tmp_path, capsys):
    """`bottega card --phone`: the card's QR finds the member; --reissue makes the old QR useless; two phones make a sheet."""
    from shop.customer_errors import CardRevoked
    from ui.cli import main

    with write_session(shop.engine) as session:
        lucia = register_customer(session, "IT", "Lucia Bianchi", "333 123 4567").id
        marco = register_customer(session, "IT", "Marco Neri", "347 765 4321").id
    first = tmp_path / "lucia.pdf"
    assert main(["card", "--db", str(shop.path), "--phone", "333-123 4567", "--out", str(first)]) == 0
    assert len(page_sizes(first)) == 1
    (old_link,) = [r.text for r in zxingcpp.read_barcodes(Image.open(to_png(first)))]
    with read_session(shop.engine) as session:
        assert customer_by_card(session, old_link).id == lucia

    again = tmp_path / "lucia-new.pdf"
    assert main(["card", "--db", str(shop.path), "--phone", "+39 3331234567", "--reissue", "--out", str(again)]) == 0
    (new_link,) = [r.text for r in zxingcpp.read_barcodes(Image.open(to_png(again)))]
    assert new_link != old_link
    with read_session(shop.engine) as session:
        assert customer_by_card(session, new_link).id == lucia
        with pytest.raises(CardRevoked):
            customer_by_card(session, old_link)

    sheet = tmp_path / "sheet.pdf"
    assert main(["card", "--db", str(shop.path), "--phone", "3331234567", "--phone", "347 7654321", "--out", str(sheet)]) == 0
    assert [(round(w), round(h)) for w, h in page_sizes(sheet)] == [(595, 842)]
    links = sorted(r.text for r in zxingcpp.read_barcodes(Image.open(to_png(sheet))))
    with read_session(shop.engine) as session:
        assert sorted(customer_by_card(session, link).id for link in links) == sorted([lucia, marco])
    assert new_link in links

    capsys.readouterr()
    assert main(["card", "--db", str(shop.path), "--phone", "320 000 0000", "--out", str(tmp_path / "x.pdf")]) == 2
    assert "No customer has the phone +393200000000" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
