"""Every typed error a screen can meet has its own translated sentence: no class name reaches a user.

Walks every ShopError subclass defined in shop/ and printers/ (every module imported, subclasses
found recursively) and asks ui/messages.py's message_for, in English and in Italian.
"""
import dataclasses
import importlib
import pkgutil
import typing
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

import printers
import shop
from shop.catalogue_errors import FieldProblem, InvalidFields, Problem
from shop.errors import ShopError
from ui.messages import message_for
from ui.style import install_translations, remove_translations


def _import_all() -> None:
    for package in (shop, printers):
        for module in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
            importlib.import_module(module.name)


def _subclasses(cls: type) -> list[type]:
    found = []
    for sub in cls.__subclasses__():
        found += [sub, *_subclasses(sub)]
    return found


_import_all()
# Bases that are never raised themselves (each has subclasses, and nothing raises the base) are left out.
ABSTRACT = {"FiscalError", "StaffError", "BackupError", "SyncError", "OwnerSignInError"}
ERRORS = sorted({cls for cls in _subclasses(ShopError) if cls.__module__.split(".")[0] in ("shop", "printers")
                 and cls.__name__ not in ABSTRACT}, key=lambda cls: (cls.__module__, cls.__name__))
SAMPLES = {str: "K7", int: 3, float: 1.5, Path: Path("/media/usb"), date: date(2026, 11, 30), dict: {"shop_name": "required"}}
# Errors whose empty default would say nothing: the form's problems, given one.
SPECIAL = {InvalidFields: lambda: InvalidFields([FieldProblem("price", Problem.NEGATIVE, "-3")])}


def sample(cls: type) -> ShopError:
    """An instance with made-up data in every field (a dataclass is filled field by field)."""
    if cls in SPECIAL:
        return SPECIAL[cls]()
    if not dataclasses.is_dataclass(cls):
        return cls()
    hints = typing.get_type_hints(cls)
    values = {}
    for field in dataclasses.fields(cls):
        if field.default is not dataclasses.MISSING or field.default_factory is not dataclasses.MISSING:
            continue
        kind = typing.get_origin(hints[field.name]) or hints[field.name]
        values[field.name] = SAMPLES[kind] if kind in SAMPLES else kind()
    return cls(**values)


GENERIC_EN = (message_for(ShopError()), message_for(RuntimeError("boom")))


def test_the_walk_finds_the_errors_of_every_area():
    """The walk is not empty-handed: it reaches the till's, customers', sync's and printers' errors."""
    names = {cls.__name__ for cls in ERRORS}
    assert {"EmptySale", "CouponInvalid", "NotEnoughPoints", "ChangesWaiting", "SyncBusy", "CodeRefused",
            "PrinterOffline", "InvalidPin", "OutputNotEmpty", "NotABackup"} <= names
    assert len(ERRORS) >= 70


@pytest.mark.parametrize("cls", ERRORS, ids=lambda cls: f"{cls.__module__}.{cls.__name__}")
def test_every_error_has_its_own_sentence_in_english(cls):
    """message_for gives a sentence of the error's area, not the generic one, and never the class name."""
    text = message_for(sample(cls))
    assert text not in GENERIC_EN and cls.__name__ not in text and len(text.split()) >= 3


@pytest.fixture
def italian(qapp):
    """Italian installed for one test, then English again."""
    default = QLocale()
    install_translations(qapp, "it")
    yield
    remove_translations(qapp)
    QLocale.setDefault(default)


@pytest.mark.parametrize("cls", ERRORS, ids=lambda cls: f"{cls.__module__}.{cls.__name__}")
def test_every_error_has_its_own_sentence_in_italian(cls, qapp, request):
    """In Italian the sentence is translated: it differs from the English one and names no class."""
    error = sample(cls)
    english = message_for(error)
    request.getfixturevalue("italian")
    text = message_for(error)
    assert text != english and cls.__name__ not in text
