"""Bad input on the command line: an unknown country for the demo shop, a --lang we do not have."""
from ui.cli import main


def test_demo_with_an_unknown_country_says_which_ones_exist(tmp_path, capsys):
    """`bottega demo X --country FR` exits 2, names IT, HU, KR, CN and writes no file."""
    assert main(["demo", str(tmp_path / "fr.db"), "--country", "FR"]) == 2
    error = capsys.readouterr().err
    assert "unknown country 'FR'" in error and all(code in error for code in ("IT", "HU", "KR", "CN"))
    assert not (tmp_path / "fr.db").exists()


def test_a_language_we_do_not_have_is_refused_before_anything_starts(tmp_path, capsys):
    """`--lang fr` for a screenshot or the till exits 2 naming our languages; nothing is rendered."""
    out = tmp_path / "till.png"
    assert main(["screenshot", "till", "--out", str(out), "--lang", "fr"]) == 2
    assert "no language 'fr'; choose one of it, hu, ko, zh, en" in capsys.readouterr().err
    assert not out.exists()
    assert main(["--lang", "klingon"]) == 2


def test_lowercase_country_and_locale_style_language_are_understood(tmp_path, capsys):
    """`--country hu` is Hungary; `--lang zh_CN` and `--lang hu-HU` are languages of ours."""
    assert main(["demo", str(tmp_path / "hu.db"), "--country", "hu", "--customers", "5", "--products", "30", "--days", "1"]) == 0
    assert "(HU, HUF)" in capsys.readouterr().out
    from syncwire.languages import best_language, language_of

    assert (language_of("zh_CN"), language_of("hu-HU")) == ("zh", "hu")
    assert best_language("de-DE,de;q=0.9,ko;q=0.7,it;q=0.8") == "it"
