"""Counted words in English too: "1 coupon", "3 coupons".

Qt's plural forms (`tr("%n coupon(s) used", "", n)`) come from the translation files, and English
has none (the source text is shown), so an English screen would read "1 coupon(s) used". Sources
write the plural as "(s)"; where no translation replaced it, this resolves it by the count.
"""


def counted(text: str, n: int) -> str:
    """`text` as tr() returned it for the count `n`, with any "(s)" left in it made English."""
    return text.replace("(s)", "" if n == 1 else "s")
