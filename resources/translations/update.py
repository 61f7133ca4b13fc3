"""Refresh the till's translations: lupdate ui/*.py into the .ts files, lrelease them into .qm.

    .venv/bin/python resources/translations/update.py

Run it after adding or changing a `tr(...)` string in ui/, translate the new entries (Qt Linguist:
`.venv/bin/pyside6-linguist resources/translations/bottega_it.ts`, or edit the XML), run it again
to compile, and commit the .ts and .qm files together. The app loads the .qm files only.
Uses the lupdate and lrelease that ship inside the installed PySide6, so it needs nothing else.
"""
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
# File suffixes are the names QTranslator.load(locale, "bottega", "_") tries for each language.
LANGUAGES = ("it", "hu", "ko", "zh_CN")


def ts_path(language: str) -> Path:
    return HERE / f"bottega_{language}.ts"


def qt_tool(name: str) -> str:
    """PySide6 ships lupdate/lrelease as binaries in its package folder (pyside6-* wrap them)."""
    import PySide6

    binary = Path(PySide6.__file__).parent / (f"{name}.exe" if os.name == "nt" else name)
    if binary.exists():
        return str(binary)
    wrapper = Path(sys.executable).parent / f"pyside6-{name}"
    if wrapper.exists():
        return str(wrapper)
    raise SystemExit(f"update.py: no {name} in the installed PySide6 ({binary}); run `python3 dev.py test` once to install it")


def sources() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in (ROOT / "ui").glob("*.py"))


def unfinished(ts: Path) -> list[str]:
    """Source texts in `ts` still waiting for a translation."""
    return [
        message.findtext("source")
        for message in ET.parse(ts).iter("message")
        if message.find("translation").get("type") == "unfinished"
    ]


def main() -> int:
    lupdate, lrelease = qt_tool("lupdate"), qt_tool("lrelease")
    for language in LANGUAGES:
        ts = ts_path(language)
        # -no-obsolete: a string removed from ui/ leaves the file instead of lingering as "vanished";
        # relative locations: a line added to a ui/ file changes one entry, not every one below it.
        subprocess.run([lupdate, "-silent", "-no-obsolete", "-locations", "relative", *sources(),
                        "-ts", str(ts.relative_to(ROOT))], cwd=ROOT, check=True)
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
        waiting = unfinished(ts)
        print(f"{ts.name}: {len(waiting)} to translate" + "".join(f"\n    {text!r}" for text in waiting))
    return 0


if __name__ == "__main__":
    sys.exit(main())
