"""`bottega receipt NUMBER|last --db --format --width --lang --out`: stored receipts to files."""
import subprocess

from tests.printers.conftest import HUNGARIAN_NAME
from tests.printers.escpos_stream import parse
from ui.cli import main


def test_last_receipt_as_escpos_for_58mm(shop, printed, tmp_path, capsys):
    """'last' is the till's newest receipt (the refund); 58 mm means 32 columns."""
    out = tmp_path / "last.bin"
    assert main(["receipt", "last", "--db", str(shop.path), "--format", "escpos", "--width", "58", "--out", str(out)]) == 0
    stream = parse(out.read_bytes())
    assert "RESO" in [line.strip() for line in stream.lines]
    assert max(len(line) for line in stream.lines) == 32
    assert stream.find("barcode") == [("barcode", 73, "{BT1-000002")]
    assert str(out) in capsys.readouterr().out


def test_receipt_by_number_in_another_language(shop, printed, tmp_path):
    """A receipt number as typed ('1'), in Hungarian, 80 mm, marked as a copy."""
    out = tmp_path / "r.bin"
    assert main(["receipt", "1", "--db", str(shop.path), "--lang", "hu", "--copy", "--out", str(out)]) == 0
    stream = parse(out.read_bytes())
    text = [line.strip() for line in stream.lines]
    assert "*** MÁSOLAT ***" in text and "NYUGTA" in text
    assert any(line.startswith(HUNGARIAN_NAME[:20]) for line in text)
    assert max(len(line) for line in stream.lines) == 48


def test_z_report_by_number(shop, printed, tmp_path):
    """Z1 is the closed shift's report."""
    out = tmp_path / "z.bin"
    assert main(["receipt", "Z1", "--db", str(shop.path), "--out", str(out)]) == 0
    assert "CHIUSURA GIORNALIERA (Z)" in [line.strip() for line in parse(out.read_bytes()).lines]


def test_receipt_as_pdf(shop, printed, tmp_path):
    """--format pdf goes through printers.pdf; the file renders with pdftoppm."""
    out = tmp_path / "r.pdf"
    assert main(["receipt", "T1-000001", "--db", str(shop.path), "--format", "pdf", "--width", "80", "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    subprocess.run(["pdftoppm", "-png", "-r", "50", "-singlefile", str(out), str(tmp_path / "page")], check=True)
    assert (tmp_path / "page.png").stat().st_size > 1000


def test_receipt_as_a4_invoice(shop, printed, tmp_path):
    """--format invoice is the A4 page (printers.pdf.invoice_pdf) with the receipt's number and lines."""
    out = tmp_path / "invoice.pdf"
    assert main(["receipt", "T1-000001", "--db", str(shop.path), "--format", "invoice", "--out", str(out)]) == 0
    info = subprocess.run(["pdfinfo", str(out)], check=True, capture_output=True, text=True).stdout
    assert "595.276 x 841.89 pts (A4)" in info
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(out), "-"], check=True, capture_output=True, text=True).stdout
    assert "T1-000001" in text and HUNGARIAN_NAME[:10] in text


def test_unknown_receipt_says_so(shop, printed, tmp_path, capsys):
    """A number that was never issued: exit status 2 and a sentence on stderr, no file."""
    out = tmp_path / "none.bin"
    assert main(["receipt", "T1-009999", "--db", str(shop.path), "--out", str(out)]) == 2
    assert "No receipt T1-009999" in capsys.readouterr().err
    assert not out.exists()
