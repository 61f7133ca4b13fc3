"""The owner's catalogue file on the server (issue 10): strict parsing, a typed answer for every file, never a 500."""
import pytest

from server import cli
from syncwire import messages as m
from syncwire.catalogue_files import MAX_FILE_BYTES
from tests.conftest import with_check_digit

HEADER = "sku,name,price,vat_rate,unit,barcode,plu,category,active\n"
UPC = with_check_digit("04210000526")  # 12 digits; its EAN-13 form has a leading zero


def post(owner, data: bytes):
    return owner.owner.post(f"{m.API}/owner/products.csv", content=data, headers={"Content-Type": "text/csv"})


def skus(owner) -> set[str]:
    return {p["sku"] for p in owner.owner.get(f"{m.API}/owner/products").json()}


def test_bad_numbers_are_that_rows_error_and_the_good_rows_stay(make_shop):
    """`--150`, `1²`, `abc`, `-3` and 10^12 are each rejected at their line (they crashed the whole import); "1,50" and "1.50" are taken."""
    owner = make_shop()
    text = HEADER + ("A1,Dash,--150,22\nA2,Square,1²,22\nA3,Word,abc,22\nA4,Minus,-3,22\nA5,Huge,1000000000000,22\n"
                     'A6,Comma,"1,50",22\nA7,Point,1.50,22\nA8,Rate,1.00,2200\n')
    answer = post(owner, text.encode())
    assert answer.status_code == 200
    report = answer.json()
    reasons = {r["row"]: r["reason"] for r in report["rejected"]}
    assert sorted(reasons) == [2, 3, 4, 5, 6, 9]
    assert "'--150' is not an amount" in reasons[2] and "'1²' is not an amount" in reasons[3]
    assert "negative" in reasons[5] and "more than the largest price" in reasons[6] and "percentage" in reasons[9]
    assert {p["sku"]: p["price"] for p in owner.owner.get(f"{m.API}/owner/products").json()} == {"A6": 150, "A7": 150}


def test_an_unbalanced_quote_is_its_own_line_and_swallows_nothing(make_shop):
    """A quote left open is a broken row at its true line; the rows after it are imported (it was "1 new, 0 rejected")."""
    owner = make_shop()
    report = post(owner, (HEADER + 'Q1,"Open quote,1.00,22\nQ2,After,2.00,22\nQ3,Also after,3.00,22\n').encode()).json()
    assert [(r["row"], r["reason"]) for r in report["rejected"]] == [(2, "a quote is opened and not closed on this line")]
    assert skus(owner) == {"Q2", "Q3"}
    long_field = HEADER + "L1,\"" + "x" * 200_000 + "\",1.00,22\nL2,Fine,1.00,22\n"  # past csv's 128 kB field limit
    report = post(owner, long_field.encode()).json()
    assert [r["row"] for r in report["rejected"]] == [2] and "longer than" in report["rejected"][0]["reason"]
    assert skus(owner) == {"Q2", "Q3", "L2"}


def test_latin1_and_semicolons_over_http(make_shop):
    """A Windows-1252 file with `;` separators (Excel in Italy) is read, accents intact (it was a 500)."""
    owner = make_shop()
    text = "sku;name;price;vat_rate\nC1;Caffè è più buono;2,50;22\n"
    answer = post(owner, text.encode("cp1252"))
    assert answer.status_code == 200, answer.text
    assert [p["name"] for p in owner.owner.get(f"{m.API}/owner/products").json()] == ["Caffè è più buono"]
    assert post(owner, "\ufeffsku,name,price,vat_rate\nC2,Tè,1.00,22\n".encode()).json()["accepted"][0]["sku"] == "C2"


def test_upc_a_and_its_ean13_form_are_one_code(make_shop):
    """The UPC-A and the EAN-13 of one barcode on two SKUs: the second is refused, in the same file and against a stored product."""
    owner = make_shop()
    report = post(owner, (HEADER + f"U1,Upc,1.00,22,pc,{UPC}\nU2,Ean,1.00,22,pc,0{UPC}\n").encode()).json()
    assert report["rejected"] == [{"row": 3, "sku": "U2", "reason": f"barcode 0{UPC} is also on line 2"}]
    report = post(owner, (HEADER + f"U3,Ean later,1.00,22,pc,0{UPC}\n").encode()).json()
    assert report["rejected"][0]["reason"] == f"barcode 0{UPC} already belongs to SKU U1"
    assert skus(owner) == {"U1"}


def test_a_file_past_the_limit_is_refused_with_413(make_shop):
    """A file bigger than the import limit is refused with its size, and nothing is written."""
    owner = make_shop()
    body = (HEADER + "B1,Big,1.00,22\n").encode() + b"\n" * (MAX_FILE_BYTES + 1)
    answer = post(owner, body)
    assert answer.status_code == 413
    assert "at most 20 MB" in answer.json()["detail"]
    assert skus(owner) == set()


@pytest.mark.parametrize("data,detail", [(b"\n\n", "empty"), (b"sku,name,cost\nX,Y,1\n", "unknown column(s) cost"),
                                         (b"PK\x03\x04broken", "not an Excel workbook")])
def test_an_unusable_file_is_a_422_with_its_reason(make_shop, data, detail):
    """An empty file, unknown columns or a damaged workbook: 422 saying what is wrong, never a 500."""
    answer = post(make_shop(), data)
    assert answer.status_code == 422 and detail in answer.json()["detail"]


def test_cli_reads_latin1_and_refuses_a_big_file(server, make_shop, tmp_path, capsys):
    """bottega-server import-products: a Latin-1 file is imported; a file past the limit is refused before it is read (exit 2)."""
    owner = make_shop()
    path = tmp_path / "listino.csv"
    path.write_bytes("sku;name;price;vat_rate\nF1;Formaggio dolcè;12,90;4\n".encode("latin-1"))
    assert cli.main(["--database-url", server.database_url, "import-products", "--shop", owner.shop_id, str(path)]) == 0
    assert capsys.readouterr().out.strip().endswith("1 new, 0 changed, 0 unchanged, 0 rejected")
    assert [p["name"] for p in owner.owner.get(f"{m.API}/owner/products").json()] == ["Formaggio dolcè"]
    with path.open("wb") as big:
        big.truncate(50 * 1024 * 1024)  # a sparse 50 MB file
    assert cli.main(["--database-url", server.database_url, "import-products", "--shop", owner.shop_id, str(path)]) == 2
    assert "the file is 50.0 MB; an import takes at most 20 MB" in capsys.readouterr().err


def test_json_products_get_the_same_rules(make_shop):
    """The JSON API: a price as text, a name as an object, a rate past 100 % are that product's errors; UPC-A/EAN-13 one code here too."""
    owner = make_shop()
    answer = owner.owner.post(f"{m.API}/owner/products", json={"products": [
        {"sku": "J1", "name": "Text price", "price": "--150", "vat_rate": 2200},
        {"sku": "J2", "name": {"it": "Pane"}, "price": 100, "vat_rate": 2200},
        {"sku": "J3", "name": "Rate", "price": 100, "vat_rate": 22000},
        {"sku": "J4", "name": "Upc", "price": 100, "vat_rate": 2200, "barcode": UPC},
        {"sku": "J5", "name": "Ean", "price": 100, "vat_rate": 2200, "barcode": "0" + UPC},
        {"name": "No SKU", "price": 100, "vat_rate": 2200},
    ]})
    assert answer.status_code == 200
    reasons = {r["row"]: r["reason"] for r in answer.json()["rejected"]}
    assert reasons[1] == "price must be a whole number (minor units, 350 for 3.50)"
    assert reasons[2] == "name must be text" and "percentage" in reasons[3]
    assert reasons[5] == f"barcode 0{UPC} is also on line 4" and reasons[6] == "sku is missing"
    assert skus(owner) == {"J4"}


def test_an_excel_workbook_over_http(make_shop):
    """The same endpoint takes an XLSX (recognised by its signature): rows numbered as in the sheet, numbers as Excel types them,
    and a UPC-A typed as a number (its leading zero gone) is refused with the reason."""
    import io

    from openpyxl import Workbook

    ean13 = with_check_digit("800123499999")
    book = Workbook()
    book.active.append(["sku", "name", "price", "vat_rate", "barcode"])
    book.active.append(["X1", "Typed", 2.5, 22, int(ean13)])
    book.active.append(["X2", "Negative", -1, 22, None])
    book.active.append(["X3", "Upc as a number", 1, 22, int(UPC)])
    out = io.BytesIO()
    book.save(out)
    owner = make_shop()
    report = post(owner, out.getvalue()).json()
    assert [(r["row"], r["reason"]) for r in report["rejected"]] == [
        (3, "price must not be negative"),
        (4, f"barcode {int(UPC)} has 11 digits: a UPC-A whose leading zero a spreadsheet dropped? Format the column as text")]
    assert [(p["sku"], p["price"], p["barcode"]) for p in owner.owner.get(f"{m.API}/owner/products").json()] == [("X1", 250, ean13)]
