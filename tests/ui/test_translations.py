"""The till in Italian, Hungarian, Korean and Chinese: every ui/ string translated, and shown translated.

When a test here fails because of a new or changed string, refresh and translate:
    .venv/bin/python resources/translations/update.py     (lupdate ui/*.py -> .ts, lrelease -> .qm)
then fill the new entries in resources/translations/bottega_*.ts (Qt Linguist:
.venv/bin/pyside6-linguist, or any text editor), run update.py again and commit the .ts and .qm files.
"""
import importlib.util
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator

from shop import errors
from ui.messages import message_for
from ui.style import apply_style, install_translations, remove_translations

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("translations_update", ROOT / "resources/translations/update.py")
update = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(update)

REFRESH = ("run `.venv/bin/python resources/translations/update.py`, translate the new entries in "
           "resources/translations/bottega_{lang}.ts (Qt Linguist: .venv/bin/pyside6-linguist), run it "
           "again and commit the .ts and .qm files")
# What a translation must carry over unchanged: placeholders, key names shown on buttons, line breaks.
KEEP = re.compile(r"%\d|%n|(?<![A-Za-z0-9])F\d{1,2}(?![0-9])|Ctrl\+[A-Za-z0-9]+|(?<![A-Za-z+])Del(?![a-z])|\n")
# The code a cashier passes to --lang, for each .ts file.
LANG_CODES = {"it": "it", "hu": "hu", "ko": "ko", "zh_CN": "zh"}


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source text) -> the <message> element, for every message in a .ts file."""
    found = {}
    for context in ET.parse(ts).iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found[(name, message.findtext("source"))] = message
    return found


def translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    return [form.text or "" for form in translation.findall("numerusform")] or [translation.text or ""]


@pytest.fixture(scope="module")
def ui_strings(tmp_path_factory) -> set[tuple[str, str]]:
    """Every (context, text) that lupdate finds in ui/*.py as the files are now."""
    fresh = tmp_path_factory.mktemp("lupdate") / "bottega_it.ts"
    subprocess.run([update.qt_tool("lupdate"), "-silent", "-locations", "none", *update.sources(), "-ts", str(fresh)],
                   cwd=ROOT, check=True)
    return set(messages(fresh))


@pytest.mark.parametrize("lang", update.LANGUAGES)
def test_every_ui_string_is_in_the_ts_file_and_translated(lang, ui_strings):
    """A tr() string added to ui/ and not yet translated fails here, named, with the command to run."""
    committed = messages(update.ts_path(lang))
    missing = sorted(ui_strings - set(committed))
    unfinished = sorted(key for key, message in committed.items()
                        if message.find("translation").get("type") == "unfinished"
                        or not all(text.strip() for text in translations(message)))
    problems = [f"  not in bottega_{lang}.ts: [{context}] {source!r}" for context, source in missing]
    problems += [f"  not translated in bottega_{lang}.ts: [{context}] {source!r}" for context, source in unfinished]
    assert not problems, "\n".join(["Untranslated till strings:", *problems, REFRESH.format(lang=lang)])


@pytest.mark.parametrize("lang", update.LANGUAGES)
def test_translations_keep_placeholders_key_names_and_line_breaks(lang):
    """%1/%n, F-keys, Ctrl+X, Del and newlines survive translation, or the till shows garbage or wrong keys."""
    wrong = []
    for (context, source), message in messages(update.ts_path(lang)).items():
        for text in translations(message):
            if text and sorted(KEEP.findall(source)) != sorted(KEEP.findall(text)):
                wrong.append(f"  [{context}] {source!r} -> {text!r}")
    assert not wrong, f"Translations in bottega_{lang}.ts that lost or changed a placeholder or key:\n" + "\n".join(wrong)


@pytest.mark.parametrize("lang", update.LANGUAGES)
def test_compiled_qm_matches_the_ts_file(lang):
    """The .qm the app loads holds what the .ts says (lrelease was run after the last edit)."""
    ts = update.ts_path(lang)
    translator = QTranslator()
    assert translator.load(str(ts.with_suffix(".qm"))), f"cannot load {ts.with_suffix('.qm').name}"
    stale = []
    for (context, source), message in messages(ts).items():
        expected = translations(message)
        if message.get("numerus") == "yes":
            got = translator.translate(context, source, None, 5)
            ok = got in expected
        else:
            got = translator.translate(context, source)
            ok = got == expected[0]
        if not ok:
            stale.append(f"  [{context}] {source!r}: .qm has {got!r}")
    assert not stale, f"{ts.with_suffix('.qm').name} is older than {ts.name}; " + REFRESH.format(lang=lang) + "\n" + "\n".join(stale)


@pytest.fixture
def language(request, qapp):
    """The app speaking `request.param` (a .ts language), as `bottega --lang CODE` sets it up."""
    default = QLocale()
    install_translations(qapp, LANG_CODES[request.param])
    yield request.param
    remove_translations(qapp)
    QLocale.setDefault(default)


@pytest.mark.parametrize("language", update.LANGUAGES, indirect=True)
def test_till_window_shows_the_translated_labels(language, qtbot, qapp, till):
    """With --lang, the till's PAY button, search box, buttons of dialogs and error sentences are translated."""
    from ui.cash_dialog import CashDialog
    from ui.till_window import TillWindow

    ts = messages(update.ts_path(language))

    def tr(context: str, source: str) -> str:
        text = translations(ts[(context, source)])[0]
        assert text and text != source, f"[{context}] {source!r} has no {language} translation to compare with"
        return text

    apply_style(qapp)
    window = TillWindow(till)
    qtbot.addWidget(window)
    assert window.pay_button.text() == tr("TillWindow", "PAY  F12")
    assert window.search.placeholderText() == tr("TillWindow", "Scan a barcode or type a product name or code  (F2)")
    assert window.findChild(type(window.pay_button), "parkButton").text() == tr("TillWindow", "Park\nF7")
    # A string of a base class (TillDialog) shown by a subclass: PySide looks it up in the base's context.
    dialog = CashDialog(till, window)
    qtbot.addWidget(dialog)
    assert dialog.cancel_button.text() == tr("TillDialog", "Cancel (Esc)")
    assert message_for(errors.EmptySale()) == tr("messages", "The sale is empty. Scan or add a product first.")
