"""The languages Bottega speaks, and reading a language code someone typed (`--lang`, Accept-Language).

Plain data, no Qt: the till's screens (.qm files), receipts and the loyalty page share the list.
"""
LANGUAGE_NAMES = {"it": "Italiano", "hu": "Magyar", "ko": "한국어", "zh": "中文", "en": "English"}
# The shop's country a language suggests in the set-up wizard (English: no country of ours).
COUNTRY_OF_LANGUAGE = {"it": "IT", "hu": "HU", "ko": "KR", "zh": "CN"}


class UnknownLanguage(ValueError):
    def __init__(self, code: str):
        super().__init__(f"no language {code!r}; choose one of {', '.join(LANGUAGE_NAMES)}")
        self.code = code


def language_of(code: str) -> str:
    """"it", "hu_HU", "zh-CN", "KO" -> the language of ours it names; UnknownLanguage otherwise."""
    base = code.strip().replace("-", "_").split("_")[0].lower()
    if base not in LANGUAGE_NAMES:
        raise UnknownLanguage(code)
    return base


def best_language(accept_language: str | None) -> str | None:
    """The first language of an HTTP Accept-Language header ("hu-HU,hu;q=0.9,en;q=0.8") that is one of
    ours, by the weights the phone gave; None when none is."""
    choices = []
    for position, part in enumerate((accept_language or "").split(",")):
        tag, _, params = part.strip().partition(";")
        weight = 1.0
        if params.strip().startswith("q="):
            try:
                weight = float(params.strip()[2:])
            except ValueError:
                weight = 0.0
        base = tag.strip().replace("-", "_").split("_")[0].lower()
        if base in LANGUAGE_NAMES and weight > 0:
            choices.append((-weight, position, base))
    return min(choices)[2] if choices else None
