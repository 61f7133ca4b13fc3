"""`bottega coupon`: single-use coupons issued and printed on an A4 sheet whose QR codes, read by a real decoder,
are taken by the till once and only once."""
from datetime import timedelta

import pytest
import zxingcpp
from PIL import Image
from sqlmodel import select

from db.engine import read_session, write_session
from db.models import AuditEvent, Coupon
from shop import coupons
from shop.customer_errors import CouponInvalid
from shop.customers import register_customer
from shop.sales import CASH, Tender
from tests.printers.test_loyalty_card import page_sizes, pdf_text, to_png
from ui.cli import main


def test_general_coupons_print_and_are_taken_once_at_the_till(shop, till, tmp_path, capsys):
    """Three 10 % coupons on one A4 page, in Italian; each QR decodes to a code the till applies, and only once."""
    until = till.shop_today() + timedelta(days=30)
    out = tmp_path / "coupons.pdf"
    assert main(["coupon", "--db", str(shop.path), "--percent", "10", "--count", "3", "--until", until.isoformat(),
                 "--reason", "Natale", "--out", str(out)]) == 0
    printed = capsys.readouterr().out.split()[:3]
    assert [(round(w), round(h)) for w, h in page_sizes(out)] == [(595, 842)]
    links = [r.text for r in zxingcpp.read_barcodes(Image.open(to_png(out)))]
    codes = sorted(coupons.coupon_code_in(link) for link in links)
    assert len(links) == 3 and codes == sorted(printed)
    text = pdf_text(out)
    assert "Buono sconto" in text and "10 % di sconto" in text and "Valido fino al" in text
    with read_session(shop.engine) as session:
        stored = session.exec(select(Coupon).where(Coupon.code.in_(codes))).all()
        (event,) = session.exec(select(AuditEvent).where(AuditEvent.action == "coupons_issued")).all()
    assert {(c.kind, c.value, c.customer_id, c.valid_until, c.reason) for c in stored} == {("percent", 1000, None, until, "Natale")}
    assert sorted(event.detail["codes"]) == codes

    first = coupons.coupon_code_in(links[0])  # what the till's scanner filter makes of the QR
    till.scan(shop.barcodes["wine"])  # 12.90
    till.apply_coupon(first)
    done = till.pay([Tender(CASH, 1161)])
    with read_session(shop.engine) as session:
        assert session.exec(select(Coupon).where(Coupon.code == first)).one().sale_id == done.sale_id
    till.scan(shop.barcodes["wine"])
    with pytest.raises(CouponInvalid) as refused:
        till.apply_coupon(first)
    assert refused.value.why == "used"


def test_a_customers_own_coupon_by_phone(shop, till, tmp_path):
    """--phone makes the coupon hers alone: 2,50 off, printed with her name; another customer is refused."""
    with write_session(shop.engine) as session:
        lucia = register_customer(session, "IT", "Lucia Bianchi", "333 123 4567").id
        paolo = register_customer(session, "IT", "Paolo Verdi", "334 765 4321").id
    out = tmp_path / "lucia.pdf"
    assert main(["coupon", "--db", str(shop.path), "--amount", "2,50", "--phone", "333-1234567", "--out", str(out)]) == 0
    (link,) = [r.text for r in zxingcpp.read_barcodes(Image.open(to_png(out)))]
    text = pdf_text(out)
    assert "Lucia Bianchi" in text and "2,50" in text
    code = coupons.coupon_code_in(link)
    with read_session(shop.engine) as session:
        coupon = coupons.check_coupon(session, code, lucia, till.shop_today())
        assert (coupon.kind, coupon.value, coupon.customer_id) == ("amount", 250, lucia)
        with pytest.raises(CouponInvalid) as other:
            coupons.check_coupon(session, code, paolo, till.shop_today())
    assert other.value.why == "other_customer"


@pytest.mark.parametrize("args", [["--percent", "150"], ["--amount", "abc"], ["--percent", "10", "--phone", "320 000 0000"],
                                  ["--percent", "10", "--from", "2026-12-10", "--until", "2026-12-01"]])
def test_impossible_coupons_issue_nothing(shop, tmp_path, args):
    """More than 100 %, no amount, an unknown phone or an empty validity: exit 2, no coupon, no file."""
    out = tmp_path / "x.pdf"
    assert main(["coupon", "--db", str(shop.path), *args, "--out", str(out)]) == 2
    assert not out.exists()
    with read_session(shop.engine) as session:
        assert session.exec(select(Coupon)).all() == []
