"""Quick keys keep long and CJK product names readable inside their fixed-width buttons."""
import pytest

from ui.quick_key_button import PADDING, QuickKeyButton, fit_lines

NAMES = [
    "Mozzarella di bufala campana DOP Caseificio Tre Stelle 250 g",
    "하늘정원 냉장 한우 안심 스테이크용 300g",  # Korean: spaces are rare and words long
    "金龙鱼东北大米五常稻花香大米五公斤装",  # Chinese: no spaces at all
    "Pane",
]


@pytest.mark.parametrize("name", NAMES)
def test_every_line_fits_the_button(qtbot, name):
    """At most two lines, none wider than the button, starting with the start of the name."""
    button = QuickKeyButton(name)
    qtbot.add_widget(button)
    button.resize(130, 52)
    button.show()
    qtbot.wait_exposed(button)
    lines = button.text().split("\n")
    metrics = button.fontMetrics()
    assert 1 <= len(lines) <= 2
    assert all(metrics.horizontalAdvance(line) <= button.width() - PADDING for line in lines)
    assert name.startswith(lines[0].rstrip("…"))
    assert button.toolTip() == name


def test_short_name_is_left_whole(qtbot):
    """A name that fits is shown as it is, on one line, with no ellipsis."""
    button = QuickKeyButton("Pane")
    qtbot.add_widget(button)
    assert fit_lines("Pane", button.fontMetrics(), 200) == "Pane"


def test_long_name_breaks_at_a_space_and_elides_the_rest(qtbot):
    """Latin names break between words; what does not fit the second line ends with an ellipsis."""
    button = QuickKeyButton("x")
    qtbot.add_widget(button)
    text = fit_lines(NAMES[0], button.fontMetrics(), 120)
    first, second = text.split("\n")
    assert NAMES[0].startswith(first + " ")
    assert second.endswith("…")
