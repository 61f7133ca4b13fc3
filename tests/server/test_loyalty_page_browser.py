"""The loyalty card page in real headless Chromium at a phone's size: rendered, readable, no sideways scroll."""
import os
import shutil
import subprocess

import pytest
from PIL import Image

from tests.server.test_loyalty_page import setup_customer

PHONE = (390, 844)
BROWSER = shutil.which("chromium") or shutil.which("chromium-browser")


def chromium(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([BROWSER, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", *args],
                          capture_output=True, text=True, timeout=90, check=True)


# The page's queries run on both databases in test_loyalty_page.py; the browser only needs one.
@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True, scope="session")
def test_card_page_renders_on_a_phone_screen(server, shop_one, till_one, tmp_path):
    """Chromium's DOM has the balance and tier; the screenshot has content and an empty right margin (it fits)."""
    if BROWSER is None:
        # On CI a skip would hide that the page was never seen in a browser: python3 dev.py test installs Chromium there.
        (pytest.fail if os.environ.get("CI") else pytest.skip)("Chromium is not installed (python3 dev.py test installs it on CI)")
    _, code = setup_customer(shop_one, till_one)
    url = f"{server.url}/c/{code}"
    dom = chromium("--dump-dom", url).stdout
    assert '<div class="points">58</div>' in dom and "Argento" in dom
    shot = tmp_path / "card.png"
    chromium(f"--screenshot={shot}", f"--window-size={PHONE[0]},{PHONE[1]}", url)
    image = Image.open(shot).convert("RGB")
    assert image.size == PHONE
    background = image.getpixel((2, PHONE[1] - 2))
    right_margin = {image.getpixel((x, y)) for x in range(PHONE[0] - 8, PHONE[0]) for y in range(PHONE[1])}
    assert right_margin == {background}
    content = sum(1 for x in range(0, PHONE[0], 3) for y in range(0, 600, 3) if image.getpixel((x, y)) != background)
    assert content > 2000  # cards and text, not a blank page


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True, scope="session")
@pytest.mark.parametrize("language, hello", [
    ("it", "Ciao Chiara!"), ("hu", "Kedves Chiara!"), ("ko", "Chiara님, 안녕하세요!"), ("zh", "Chiara，您好！")])
def test_card_page_in_chromium_speaks_each_language(server, shop_one, till_one, tmp_path, language, hello):
    """Chromium on a French phone (not one of ours) shows the page in the shop's language (it, hu, ko, zh), fitting a phone."""
    if BROWSER is None:
        (pytest.fail if os.environ.get("CI") else pytest.skip)("Chromium is not installed (python3 dev.py test installs it on CI)")
    from syncwire import messages as m

    _, code = setup_customer(shop_one, till_one)
    shop_one.owner.put(f"{m.API}/owner/settings/shop", json={"receipt_language": language}).raise_for_status()
    url = f"{server.url}/c/{code}"
    dom = chromium("--accept-lang=fr-FR,fr", "--dump-dom", url).stdout
    assert hello in dom and f'lang="{language}"' in dom and '<div class="points">58</div>' in dom
    shot = tmp_path / f"card-{language}.png"
    chromium("--accept-lang=fr-FR,fr", f"--screenshot={shot}", f"--window-size={PHONE[0]},{PHONE[1]}", url)
    image = Image.open(shot).convert("RGB")
    background = image.getpixel((2, PHONE[1] - 2))
    assert {image.getpixel((x, y)) for x in range(PHONE[0] - 8, PHONE[0]) for y in range(PHONE[1])} == {background}
