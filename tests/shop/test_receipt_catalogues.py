"""Receipt words come from gettext catalogues that Babel extracts and compiles, complete in every receipt language."""
import subprocess
import sys
from pathlib import Path

import pytest

from shop.receipt_labels import ENGLISH, LANGUAGES, labels

ROOT = Path(__file__).resolve().parents[2]


def test_the_compiled_catalogues_are_complete_and_up_to_date():
    """`resources/locale/update.py --check`: every word translated and each .mo compiled from its .po."""
    done = subprocess.run([sys.executable, "resources/locale/update.py", "--check"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("language, total, rounding", [
    ("it", "TOTALE", "Arrotondamento"), ("hu", "ÖSSZESEN", "Kerekítés"), ("ko", "합계", "현금 반올림"),
    ("zh", "合计", "现金舍入"), ("zh_CN", "合计", "现金舍入"), ("hu-HU", "ÖSSZESEN", "Kerekítés")])
def test_each_language_reads_its_catalogue(language, total, rounding):
    """The shop's receipt language (as a code or a locale) gets its own words, every key of them."""
    words = labels(language)
    assert (words["total"], words["rounding"]) == (total, rounding)
    assert set(words) == set(ENGLISH)


def test_a_language_without_a_catalogue_gets_english():
    """'fr' has no catalogue: the English words, never a missing key."""
    assert labels("fr") == ENGLISH and "en" in LANGUAGES


def test_export_words_come_from_their_catalogue():
    """The accountant's sheets in Hungarian and Chinese, every key present; English for a language we lack."""
    from shop.exports.labels import ENGLISH as EXPORT_ENGLISH, words

    assert (words("hu")["rounding"], words("zh_CN")["rounding"]) == ("Kerekítés", "现金舍入")
    assert set(words("ko")) == set(EXPORT_ENGLISH) and words("fr") == EXPORT_ENGLISH
