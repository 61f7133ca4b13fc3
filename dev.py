#!/usr/bin/env python3
"""Set up and run Bottega on a fresh machine with Python 3.11+ (standard library only).

    python3 dev.py demo [ARGS]    start the till on a demo shop (`bottega --demo ARGS`)
    python3 dev.py test [ARGS]    the whole test suite (`pytest ARGS`), the import contracts, ruff and mypy
    python3 dev.py build          the PyInstaller one-folder app in dist/bottega/
    python3 dev.py lock [--upgrade]   lock a new dependency / refresh every pin (then run the tests)

Each command first makes sure `.venv` exists beside this file and holds exactly the versions of
requirements.lock (hashes checked) and the project (repeated only when the lock, pyproject.toml or
the set of top-level packages changes), and on Linux that Qt can start. System packages it needs
(Qt's libraries, poppler-utils, fonts-noto-cjk, chromium) it installs with apt-get when run as root,
asks before using sudo when someone is at the terminal, and otherwise names them; tests that need a
missing tool are then skipped with a line naming its package (on CI they fail instead).
"""
from __future__ import annotations  # so an older Python reaches the version check below

import glob
import hashlib
import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / "bottega-dev-stamp.json"
LOCK = ROOT / "requirements.lock"  # exact versions with hashes: `python3 dev.py lock` refreshes it
MIN_PYTHON = (3, 11)
ON_WINDOWS = os.name == "nt"
ON_LINUX = sys.platform.startswith("linux")
ON_CI = bool(os.environ.get("CI"))

# Debian names a library's package after its soname (libxcb-cursor.so.0 -> libxcb-cursor0,
# libX11.so.6 -> libx11-6); these are the Qt dependencies that break the rule.
PACKAGE_EXCEPTIONS = {
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libgobject-2.0.so.0": "libglib2.0-0",
    "libgio-2.0.so.0": "libglib2.0-0",
}
# The Qt libraries and platform plugins each kind of run loads.
QT_LIBS = ["lib/libQt6Core.so.6", "lib/libQt6Gui.so.6", "lib/libQt6Widgets.so.6", "lib/libQt6DBus.so.6"]
PLATFORM_PLUGINS = {
    "offscreen": ["plugins/platforms/libqoffscreen.so"],
    "xcb": ["plugins/platforms/libqxcb.so", "lib/libQt6XcbQpa.so.6"],
    "wayland": ["plugins/platforms/libqwayland.so", "lib/libQt6WaylandClient.so.6"],
}
QT_PROBE = "from PySide6.QtWidgets import QApplication; QApplication(['bottega-probe'])"


def say(message: str) -> None:
    print(f"dev.py: {message}", flush=True)


def venv_exe(name: str, venv: Path = VENV) -> Path:
    if ON_WINDOWS:
        return venv / "Scripts" / f"{name}.exe"
    return venv / "bin" / name


def run(cmd: list, **kwargs) -> int:
    return subprocess.call([str(part) for part in cmd], cwd=ROOT, **kwargs)


def ensure_venv() -> Path:
    python = venv_exe("python")
    if python.exists() and run([python, "-m", "pip", "--version"], stdout=subprocess.DEVNULL) == 0:
        return python
    say(f"creating {VENV}")
    if run([sys.executable, "-m", "venv", "--clear", VENV]) != 0 or not python.exists():
        shutil.rmtree(VENV, ignore_errors=True)  # half-made: start clean next time
        minor = f"{sys.version_info.major}.{sys.version_info.minor}"
        sys.exit(
            "dev.py: could not create the virtual environment. On Debian/Ubuntu install the venv "
            f"module first:  sudo apt-get install python3-venv  (or python{minor}-venv)"
        )
    return python


def install_key() -> str:
    """What an install depends on: the lock file, pyproject.toml, and the top-level packages the
    editable install maps (a package added later is only importable after reinstalling)."""
    digest = hashlib.sha256(LOCK.read_bytes() + (ROOT / "pyproject.toml").read_bytes())
    packages = sorted(p.parent.name for p in ROOT.glob("*/__init__.py"))
    digest.update(json.dumps(packages).encode())
    return digest.hexdigest()


def ensure_installed(python: Path) -> None:
    """Exactly the versions in requirements.lock (hashes checked), then the project itself on top.

    The lock holds everything the till, its tests and the bundle use, so every machine, CI and the
    bundle run the same code: a new release upstream changes nothing until `dev.py lock` takes it."""
    key = install_key()
    try:
        stamp = json.loads(STAMP.read_text())
    except (OSError, ValueError):
        stamp = {}
    if stamp.get("key") == key:
        return
    say("installing the locked versions of requirements.lock into .venv (the lock changed or first run)")
    pip = [python, "-m", "pip", "install", "--disable-pip-version-check"]
    if ON_CI:
        pip += ["--progress-bar", "off"]
    if run(pip + ["--require-hashes", "--no-deps", "-r", LOCK]) != 0:
        sys.exit("dev.py: pip install of requirements.lock failed (see above)")
    # The project last, with nothing more resolved: its build tool (setuptools) is in the lock too.
    if run(pip + ["--no-deps", "--no-build-isolation", "-e", "."]) != 0:
        sys.exit("dev.py: pip install of the project failed (see above)")
    STAMP.write_text(json.dumps({"key": key}))


def command_lock(python: Path, args: list) -> int:
    """Resolve pyproject.toml's ranges for every platform, with hashes, into requirements.lock.

    Pins already in the lock are kept (a new dependency adds only what it needs); `--upgrade` takes
    today's newest releases of everything. A deliberate update: run it, run `dev.py test`, commit
    requirements.lock if the suite passes."""
    tools = VENV / "lock-tools"
    uv = venv_exe("uv", tools)
    if not uv.exists():
        say("installing uv (the resolver) into .venv/lock-tools")
        if run([sys.executable, "-m", "venv", tools]) != 0 or run([venv_exe("python", tools), "-m", "pip", "install",
                                                                     "--disable-pip-version-check", "-q", "uv"]) != 0:
            sys.exit("dev.py: could not install uv")
    command = [uv, "pip", "compile", "pyproject.toml", "--extra", "test", "--extra", "build", "--universal",
               "--python-version", f"{MIN_PYTHON[0]}.{MIN_PYTHON[1]}", "--generate-hashes", "--quiet",
               "--custom-compile-command", "python3 dev.py lock", "-o", LOCK.name, *args]
    return run(command)


def debian_package(soname: str) -> str:
    if soname in PACKAGE_EXCEPTIONS:
        return PACKAGE_EXCEPTIONS[soname]
    name, _, version = soname.partition(".so.")
    name = name.lower()
    version = version.split(".")[0]
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"


def missing_libraries(python: Path, platform: str) -> set:
    """Sonames that `ldd` cannot find for Qt's libraries and the given platform plugin."""
    out = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()
    qt = Path(out) / "PySide6" / "Qt"
    missing = set()
    for rel in QT_LIBS + PLATFORM_PLUGINS.get(platform, []):
        if not (qt / rel).exists():
            continue
        ldd = subprocess.run(["ldd", str(qt / rel)], capture_output=True, text=True).stdout
        missing |= {line.split()[0] for line in ldd.splitlines() if "not found" in line}
    return missing


def test_packages() -> list:
    """System tools the test suite uses: pdftoppm (PDF pages to images), CJK glyphs (Korean, Chinese),
    headless Chromium (the loyalty card page as a phone shows it)."""
    wanted = []
    if not shutil.which("pdftoppm"):
        wanted.append("poppler-utils")
    if not (shutil.which("chromium") or shutil.which("chromium-browser")):
        wanted.append("chromium")
    if not glob.glob("/usr/share/fonts/**/*CJK*", recursive=True):
        wanted.append("fonts-noto-cjk")
    return wanted


def build_packages() -> list:
    """PyInstaller reads shared libraries with objdump, and bundles Python's own shared library
    (which Debian's python3 keeps in a package of its own)."""
    wanted = [] if shutil.which("objdump") else ["binutils"]
    libpython = Path(sysconfig.get_config_var("LIBDIR") or "", sysconfig.get_config_var("INSTSONAME") or "")
    if sys.executable.startswith("/usr/") and not libpython.is_file():
        wanted.append(f"libpython{sys.version_info.major}.{sys.version_info.minor}")
    return wanted


def apt_prefix(packages: list) -> list | None:
    """How to run apt-get here: as is when root, through sudo when the person at the terminal says
    yes; None when neither (the packages are then only named)."""
    if shutil.which("apt-get") is None or not hasattr(os, "geteuid"):
        return None
    if os.geteuid() == 0:
        return []
    if ON_CI or not shutil.which("sudo") or not sys.stdin.isatty():
        return None
    answer = input(f"dev.py: install {' '.join(packages)} with sudo apt-get now? [y/N] ").strip().lower()
    return ["sudo"] if answer in ("y", "yes") else None


def apt_install(prefix: list, packages: list) -> None:
    say(f"installing system packages: {' '.join(packages)}")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    update = [*prefix, "apt-get", "-q", "update"]
    install = [*prefix, "apt-get", "-q", "-y", "--no-install-recommends", "install", *packages]
    if run(update, env=env) != 0 or run(install, env=env) != 0:
        sys.exit("dev.py: apt-get could not install " + " ".join(packages))


def qt_starts(python: Path, platform: str | None) -> tuple[bool, str]:
    env = dict(os.environ)
    if platform:
        env["QT_QPA_PLATFORM"] = platform
    probe = subprocess.run([str(python), "-c", QT_PROBE], env=env, capture_output=True, text=True)
    return probe.returncode == 0, probe.stderr


def ensure_system(python: Path, platform: str | None, wanted: list = ()) -> None:
    """On Linux: Qt must start on `platform`; `wanted` are other Debian packages the command uses."""
    if not ON_LINUX:
        return
    wanted = list(wanted)
    ok, error = qt_starts(python, platform)
    if not ok:
        libs = missing_libraries(python, platform or "xcb")
        wanted = sorted({debian_package(lib) for lib in libs}) + wanted
        if not libs:
            sys.exit(f"dev.py: Qt does not start ({platform or 'default'} platform):\n{error}")
        say(f"Qt cannot start: missing {', '.join(sorted(libs))}")
    if not wanted:
        return
    prefix = apt_prefix(wanted)
    if prefix is not None:
        apt_install(prefix, wanted)
        if not ok and not qt_starts(python, platform)[0]:
            sys.exit("dev.py: Qt still does not start after installing " + " ".join(wanted))
        return
    hint = "sudo apt-get install " + " ".join(wanted)
    if not ok:
        sys.exit(f"dev.py: install the missing system libraries (Debian/Ubuntu), then retry:\n    {hint}")
    say(f"some tests need system packages and will be skipped without them; on Debian/Ubuntu:  {hint}")


def command_test(python: Path, args: list) -> int:
    ensure_installed(python)
    ensure_system(python, "offscreen", test_packages())
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    tests = run([python, "-m", "pytest", *args], env=env)
    say("checking the import contracts (lint-imports)")
    contracts = run([venv_exe("lint-imports")])
    say("linting (ruff check; its rules are in pyproject.toml)")
    lint = run([venv_exe("ruff"), "check", "."])
    say("type checking (mypy; which packages, and how strictly, is in pyproject.toml)")
    types = run([venv_exe("mypy")])
    say(f"pytest exit {tests}, lint-imports exit {contracts}, ruff exit {lint}, mypy exit {types}")
    return tests or contracts or lint or types


def command_demo(python: Path, args: list) -> int:
    ensure_installed(python)
    platform = os.environ.get("QT_QPA_PLATFORM")
    if ON_LINUX and not platform:
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            sys.exit("dev.py: no display here; run the demo on a desktop, or render a screen with "
                     ".venv/bin/bottega screenshot till --out till.png")
        platform = "wayland" if os.environ.get("WAYLAND_DISPLAY") else "xcb"
    ensure_system(python, platform)
    return run([venv_exe("bottega"), "--demo", *args])


def command_build(python: Path, args: list) -> int:
    ensure_installed(python)
    ensure_system(python, "offscreen", build_packages())
    if ON_LINUX and build_packages():
        sys.exit("dev.py: PyInstaller cannot build without the system packages named above")
    return run([python, "-m", "PyInstaller", "--noconfirm", "--clean", *args, "build.spec"])


COMMANDS = {"demo": command_demo, "test": command_test, "build": command_build, "lock": command_lock}


def main(argv: list) -> int:
    if not argv or argv[0] not in COMMANDS:
        print(__doc__.strip())
        return 2
    if sys.version_info < MIN_PYTHON:
        sys.exit(f"dev.py: Bottega needs Python {'.'.join(map(str, MIN_PYTHON))} or newer; "
                 f"this is {sys.version.split()[0]}")
    python = ensure_venv()
    return COMMANDS[argv[0]](python, argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
