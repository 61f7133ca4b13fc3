"""The owner's catalogue file at the till: every bad input of issue 9 at its line, a preview that writes nothing, one transaction."""
import sqlite3

import pytest
from openpyxl import Workbook, load_workbook

from db.engine import read_session, write_session
from db.models import ProductBarcode, Setting
from shop import catalogue_import as ci
from syncwire.catalogue import product_id
from syncwire.catalogue_files import MAX_FILE_BYTES, read_catalogue
from tests.conftest import with_check_digit

HEADER = "sku,name,price,vat_rate,unit,barcode,plu,category,active\n"
NEW_CODE = with_check_digit("800999900001")


def preview(shop, data: bytes, name: str = "f.csv") -> ci.Preview:
    with read_session(shop.engine) as session:
        return ci.preview(session, read_catalogue(data, name))


def apply(shop, data: bytes, name: str = "f.csv") -> ci.Preview:
    with write_session(shop.engine) as session:
        return ci.apply(session, ci.preview(session, read_catalogue(data, name)))


def reasons(result: ci.Preview) -> dict[int, str]:
    return {r.line: r.reason for r in result.rejected}


def product_count(shop) -> int:
    with sqlite3.connect(shop.path) as conn:
        return conn.execute("SELECT count(*) FROM product").fetchone()[0]


def test_prices_of_issue_9(shop):
    """"1,50" and "1.50" are 150 cents; "-3", "abc", 10^12, "--150" and "1²" are each their row's error."""
    result = preview(shop, (HEADER + 'P1,Comma,"1,50",22\nP2,Point,1.50,22\nP3,Minus,-3,22\nP4,Word,abc,22\n'
                                     "P5,Huge,1000000000000,22\nP6,Dashes,--150,22\nP7,Square,1²,22\nP8,Cents,1.505,22\n").encode())
    assert [(p.row.sku, p.row.price) for p in result.new] == [("P1", 150), ("P2", 150)]
    found = reasons(result)
    assert found[4] == "price must not be negative"
    assert found[5] == "price 'abc' is not an amount (write 3.50 or 3,50)"
    assert "more than the largest price" in found[6]
    assert "'--150' is not an amount" in found[7] and "'1²' is not an amount" in found[8]
    assert "more decimals than the currency's 2" in found[9]


def test_codes_rates_and_units(shop):
    """A wrong check digit, a scale-label prefix, an unknown unit and a VAT rate the shop lacks are refused with their reason."""
    wrong = NEW_CODE[:-1] + str((int(NEW_CODE[-1]) + 1) % 10)
    result = preview(shop, (HEADER + f"B1,Check,1,22,pc,{wrong}\nB2,Scale,1,22,pc,{with_check_digit('210000100000')}\n"
                                     "B3,Pounds,1,22,lb\nB4,Seven,1,7\nB5,Zero lost,1,22,pc,36000291452\nB6,Rate,1,22 %\n").encode())
    found = reasons(result)
    assert found[2] == f"barcode {wrong} has a wrong check digit"
    assert "scale label" in found[3] and "unit 'lb' is not one of pc, kg" == found[4]
    assert found[5] == "VAT rate 7 % is not one of the shop's rates (4 %, 10 %, 22 %)"
    assert "leading zero" in found[6]
    assert [p.row.sku for p in result.new] == ["B6"]


def test_duplicates_in_the_file_and_against_the_shop(shop):
    """A second SKU, barcode or PLU in the file, and a barcode (in either UPC-A or EAN-13 form) or PLU another product has, are refused."""
    soap_as_ean13 = "0" + shop.barcodes["soap"]
    result = preview(shop, (HEADER + f"D1,One,1,22,pc,{NEW_CODE}\nD1,Again,1,22\nD2,Same code,1,22,pc,{NEW_CODE}\n"
                                     "D3,Plu,1,10,kg,,00099\nD4,Plu again,1,10,kg,,00099\n"
                                     f"D5,Soap code,1,22,pc,{soap_as_ean13}\nD6,Meatball plu,1,10,kg,,00042\n").encode())
    assert reasons(result) == {3: "SKU D1 is also on line 2", 4: f"barcode {NEW_CODE} is also on line 2",
                               6: "PLU 00099 is also on line 5", 7: f"barcode {soap_as_ean13} already belongs to SKU SAP001",
                               8: "PLU 00042 already belongs to SKU POL001"}


def test_a_products_further_barcode_is_taken_too(shop):
    """A code the back office gave bread as its second barcode cannot go to another SKU by import."""
    with write_session(shop.engine) as session:
        session.add(ProductBarcode(code=NEW_CODE, product_id=shop.products["bread"].id))
    result = preview(shop, (HEADER + f"E1,Thief,1,22,pc,{NEW_CODE}\n").encode())
    assert reasons(result) == {2: f"barcode {NEW_CODE} already belongs to SKU PAN001"}


def test_a_code_moving_between_products_in_one_file(shop):
    """Bread gives its barcode to a new product and takes another: applied in one go, in either order of lines."""
    bread, other = shop.barcodes["bread"], NEW_CODE
    result = apply(shop, (HEADER + f"NEW001,Pane nuovo,4.00,4,pc,{bread}\nPAN001,Pane di Altamura,3.50,4,pc,{other},,Panetteria\n").encode())
    assert (len(result.new), len(result.changed), result.rejected) == (1, 1, [])
    with sqlite3.connect(shop.path) as conn:
        assert dict(conn.execute("SELECT sku, barcode FROM product WHERE sku IN ('NEW001', 'PAN001')")) == {"NEW001": bread, "PAN001": other}


def test_encodings_and_separators(shop):
    """Latin-1 with `;`, UTF-8 with a BOM, and tabs read the same, accents intact."""
    latin = "sku;name;price;vat_rate\nE1;Caffè più forte;2,50;22\n".encode("latin-1")
    bom = "\ufeffsku,name,price,vat_rate\nE1,Caffè più forte,2.50,22\n".encode("utf-8")
    tabs = "sku\tname\tprice\tvat_rate\nE1\tCaffè più forte\t2.50\t22\n".encode()
    for data in (latin, bom, tabs):
        result = preview(shop, data)
        assert [(p.row.name, p.row.price) for p in result.new] == [("Caffè più forte", 250)]
    assert (preview(shop, latin).encoding, preview(shop, latin).separator) == ("cp1252", ";")


def test_a_broken_quote_is_its_own_line(shop):
    """A quote left open rejects its line only; the rows after it are read."""
    result = preview(shop, (HEADER + 'Q1,"Open,1,22\nQ2,After,1,22\n').encode())
    assert reasons(result) == {2: "a quote is opened and not closed on this line"}
    assert result.rejected[0].sku == "Q1"  # shown beside the line, to find it
    assert [p.row.sku for p in result.new] == ["Q2"]


def test_a_file_past_the_limit_is_refused_before_reading(shop, tmp_path):
    """A 50 MB file is refused by its size with a clear message, never read into memory."""
    path = tmp_path / "huge.csv"
    with path.open("wb") as big:
        big.truncate(50 * 1024 * 1024)
    with pytest.raises(ci.BadFile) as refused:
        ci.read_file(path)
    assert str(refused.value).startswith("the file is 50.0 MB; an import takes at most 20 MB")
    assert MAX_FILE_BYTES == 20 * 1024 * 1024


def test_preview_writes_nothing_and_apply_writes_the_good_rows_once(shop):
    """Preview leaves the shop as it was; apply writes new and changed rows; the same file again is all unchanged."""
    data = (HEADER + f"NEW001,Focaccia,2.80,4,pc,{NEW_CODE},,Panetteria\nPAN001,Pane di Altamura,3.70,4,pc,{shop.barcodes['bread']},,Panetteria\n"
                     "BAD001,Bad,x,4\nNEW002,Mozzarella,12.90,4,kg,,00100,Latticini,1\n").encode()
    before = product_count(shop)
    planned = preview(shop, data)
    assert planned.summary() == "2 new, 1 changed, 0 unchanged, 1 rejected"
    assert product_count(shop) == before
    done = apply(shop, data)
    assert done.summary() == "2 new, 1 changed, 0 unchanged, 1 rejected"
    with sqlite3.connect(shop.path) as conn:
        assert conn.execute("SELECT price FROM product WHERE sku = 'PAN001'").fetchone() == (370,)
        assert conn.execute("SELECT p.unit, p.plu, c.name FROM product p JOIN category c ON c.id = p.category_id "
                            "WHERE sku = 'NEW002'").fetchone() == ("kg", "00100", "Latticini")
        assert conn.execute("SELECT count(*) FROM outbox").fetchone() == (0,)  # not enrolled: nothing queued
    assert apply(shop, data).summary() == "0 new, 0 changed, 3 unchanged, 1 rejected"


def test_export_then_import_round_trips_csv_and_xlsx(shop):
    """The exported catalogue, CSV or XLSX, imports back as all unchanged, barcodes with their leading zeros."""
    with read_session(shop.engine) as session:
        csv_bytes, xlsx_bytes = ci.export_csv(session), ci.export_xlsx(session)
    sheet = load_workbook(__import__("io").BytesIO(xlsx_bytes), read_only=True).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == tuple(ci.COLUMNS) and len(rows) == 8
    assert any(r[5] == shop.barcodes["soap"] for r in rows)  # the UPC-A's leading zero kept as text
    for data, name in ((csv_bytes, "p.csv"), (xlsx_bytes, "p.xlsx")):
        result = preview(shop, data, name)
        assert result.summary() == "0 new, 0 changed, 7 unchanged, 0 rejected"


def test_xlsx_numbers_as_excel_types_them(shop):
    """A workbook typed in Excel (prices and barcodes as numbers) imports like its CSV."""
    book = Workbook()
    book.active.append(["SKU", "Name", "Price", "VAT_rate", "Barcode"])
    book.active.append(["X1", "Numbers", 1.5, 22, int(NEW_CODE)])
    book.active.append(["X2", "Bad", -2, 22, None])
    out = __import__("io").BytesIO()
    book.save(out)
    result = preview(shop, out.getvalue(), "typed.xlsx")
    assert [(p.line, p.row.price, p.row.barcode) for p in result.new] == [(2, 150, NEW_CODE)]
    assert reasons(result) == {3: "price must not be negative"}


def test_an_enrolled_shop_queues_each_change_with_the_servers_id(shop):
    """In a shop enrolled on a server, a new product takes the server's id for its SKU and each change is queued in the same transaction."""
    with write_session(shop.engine) as session:
        session.add(Setting(key="sync", value={"server_url": "http://x", "shop_id": "S1", "till_id": "T1", "device_token": "t"}))
    apply(shop, (HEADER + "NEW001,Focaccia,2.80,4\nPAN001,Pane di Altamura,3.60,4,pc," + shop.barcodes["bread"] + ",,Panetteria\n").encode())
    with sqlite3.connect(shop.path) as conn:
        queued = conn.execute("SELECT record_type, record_id, json_extract(payload, '$.price') FROM outbox ORDER BY seq").fetchall()
    assert queued == [("product", product_id("S1", "NEW001"), 280), ("product", shop.products["bread"].id, 360)]


def test_utf16_as_excel_saves_unicode_text(shop):
    """Excel's "Unicode text" (UTF-16 with a BOM, tab separated) reads like any other file."""
    data = "sku\tname\tprice\tvat_rate\nU1\t한국 김치\t3,20\t10\n".encode("utf-16")
    result = preview(shop, data)
    assert [(p.row.name, p.row.price) for p in result.new] == [("한국 김치", 320)]
    assert result.encoding == "utf-16"


def test_any_text_in_any_field_is_a_row_error_never_a_crash(shop):
    """Random junk (Unicode digits, signs, quotes, separators, control characters) in every field: each row is taken or rejected, nothing raises."""
    import random

    rng = random.Random(10)
    alphabet = list("0123456789.,;-+eE% \"'\t²٣５\u0000\u2028xX") + ["--", "1e9", "NaN", "Infinity", "0x1F"]
    lines = [HEADER.strip()]
    for i in range(400):
        fields = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8))) for _ in range(9)]
        fields[0] = f"R{i}"
        lines.append(",".join(fields))
    result = preview(shop, "\n".join(lines).encode("utf-8"))
    assert len(result.new) + len(result.changed) + len(result.unchanged) + len(result.rejected) == len({line for line in lines[1:] if line.strip()})
    for planned in result.new:
        assert 0 <= planned.row.price <= 10**9 and planned.row.vat_rate_bp in (400, 1000, 2200)
