"""Numbers written as words: English (three, twenty-five, a dozen) and Chinese (三, 十五, 两, 二〇三〇, 百分之三十).

Each language has a regular-expression fragment that finds a number and a function that
turns the matched words into an int. Both accept plain digits too (full-width ones included).
"""

from __future__ import annotations

import re

# --- English ---------------------------------------------------------------------------------
_EN_UNITS = {
    "zero": 0,
    "one": 1,
    "a": 1,
    "an": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "dozen": 12,
    "a dozen": 12,
    "couple": 2,
    "couple of": 2,  # "the next couple of years"
    "a couple": 2,
    "a couple of": 2,
}
_EN_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_EN_SIMPLE = "|".join(sorted((*_EN_UNITS, "hundred"), key=len, reverse=True))
_EN_TENS_ALT = "|".join(_EN_TENS)
# "25", "twenty-five", "twenty five", "a hundred", "a couple of", "one hundred" …
EN_NUMBER = (
    rf"(?:\d+(?:\.\d+)?|(?:{_EN_TENS_ALT})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
    rf"|(?:a |one )?hundred|{_EN_SIMPLE})"
)


def parse_english_number(words: str) -> float | None:
    """``"twenty-five"`` → 25, ``"a"`` → 1, ``"1.5"`` → 1.5; None if the words are not a number."""
    words = " ".join(words.lower().replace("-", " ").split())
    if re.fullmatch(r"\d+(?:\.\d+)?", words):
        return float(words)
    if words in _EN_UNITS:
        return _EN_UNITS[words]
    if words in ("hundred", "a hundred", "one hundred"):
        return 100
    parts = words.split()
    if parts and parts[0] in _EN_TENS:
        value = _EN_TENS[parts[0]]
        if len(parts) == 1:
            return value
        if len(parts) == 2 and parts[1] in _EN_UNITS and _EN_UNITS[parts[1]] < 10 and parts[1] not in ("a", "an"):
            return value + _EN_UNITS[parts[1]]
    return None


# --- Chinese ---------------------------------------------------------------------------------
_ZH_DIGITS = {
    "零": 0,
    "〇": 0,
    "○": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_ZH_UNITS = {"十": 10, "百": 100, "千": 1000}
_FULL_WIDTH = str.maketrans("０１２３４５６７８９．", "0123456789.")
# Arabic digits (half or full width) or a run of Chinese numerals: 三, 十五, 二十, 一百, 二〇三〇, 两千零五十.
ZH_NUMBER = r"(?:[0-9０-９]+(?:[.．][0-9０-９]+)?|[零〇○一二两三四五六七八九十百千万]+)"


def parse_chinese_number(text: str) -> float | None:
    """``"三"`` → 3, ``"十五"`` → 15, ``"二十"`` → 20, ``"二〇三〇"`` → 2030, ``"两千零五十"`` → 2050, ``"12"`` → 12."""
    text = text.translate(_FULL_WIDTH).strip()
    if not text:
        return None
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return float(text)
    if any(ch not in _ZH_DIGITS and ch not in _ZH_UNITS and ch != "万" for ch in text):
        return None
    if all(ch in _ZH_DIGITS for ch in text):
        # Digit by digit, as years are written: 二〇三〇 → 2030. A lone digit is just that digit.
        return float("".join(str(_ZH_DIGITS[ch]) for ch in text))
    if "万" in text:
        high, _, low = text.partition("万")
        high_value = parse_chinese_number(high) if high else 1
        low_value = parse_chinese_number(low) if low else 0
        if high_value is None or low_value is None:
            return None
        return high_value * 10000 + low_value
    total = 0
    pending: int | None = None
    for ch in text:
        if ch in _ZH_DIGITS:
            pending = _ZH_DIGITS[ch]
        else:
            # 十 alone at the start means ten (十五 = 15); elsewhere a unit multiplies the digit before it.
            total += (1 if pending is None else pending) * _ZH_UNITS[ch]
            pending = None
    return float(total + (pending or 0))
