"""How articles and amounts are written on Chinese legal documents.

Statutes are cited as 《大气污染防治法》第九十九条第（二）项 and fines as 贰拾万元整
(¥200,000.00), so these helpers are used by the catalogue, the discretion explanation and
later by the documents; one place means one spelling.
"""

from __future__ import annotations

_DIGITS = "零一二三四五六七八九"
_CAPITAL = "零壹贰叁肆伍陆柒捌玖"
_CAPITAL_UNITS = ["", "拾", "佰", "仟"]


def cn_number(n: int) -> str:
    """1 → 一, 10 → 十, 108 → 一百零八, 1110 → 一千一百一十, 1242 → 一千二百四十二."""
    if n <= 0 or n >= 10000:
        raise ValueError(f"article number out of range: {n}")
    if 10 <= n < 20:
        return "十" + (_DIGITS[n - 10] if n > 10 else "")
    units = ["千", "百", "十", ""]
    digits = [n // 1000, n // 100 % 10, n // 10 % 10, n % 10]
    out = ""
    zero = False
    started = False
    for digit, unit in zip(digits, units, strict=True):
        if digit == 0:
            zero = started
            continue
        if zero:
            out += "零"
            zero = False
        out += _DIGITS[digit] + unit
        started = True
    return out


def citation(
    short_title: str, article: int | None, paragraph: int | None = None, item: int | None = None
) -> str:
    """《short title》第X条第Y款第（Z）项; an unknown article is shown as 第（待补充）条."""
    text = f"《{short_title}》"
    text += f"第{cn_number(article)}条" if article is not None else "第（待补充）条"
    if paragraph is not None:
        text += f"第{cn_number(paragraph)}款"
    if item is not None:
        text += f"第（{cn_number(item)}）项"
    return text


def yuan(amount: float | int | None) -> str:
    """200000 → "200,000元"; None (no limit) → "不设上限"."""
    if amount is None:
        return "不设上限"
    value = round(float(amount), 2)
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return f"{text}元"


def _four(n: int) -> str:
    out = ""
    zero = False
    for position in range(3, -1, -1):
        digit = n // 10**position % 10
        if digit == 0:
            zero = bool(out)
            continue
        if zero:
            out += "零"
            zero = False
        out += _CAPITAL[digit] + _CAPITAL_UNITS[position]
    return out


def capital_yuan(amount: float | int) -> str:
    """200000 → 贰拾万元整; 38500.5 → 叁万捌仟伍佰元伍角 (amounts in capital numerals)."""
    cents = round(float(amount) * 100)
    whole, fraction = divmod(cents, 100)
    if whole == 0 and fraction == 0:
        return "零元整"
    groups = []
    n = whole
    while n:
        groups.append(n % 10000)
        n //= 10000
    out = ""
    pending_zero = False
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if group == 0:
            pending_zero = bool(out)
            continue
        if out and (pending_zero or group < 1000):
            out += "零"
        pending_zero = False
        out += _four(group) + ["", "万", "亿", "万亿"][index]
    out += "元" if whole else ""
    jiao, fen = divmod(fraction, 10)
    if not fraction:
        return out + "整"
    if jiao:
        out += _CAPITAL[jiao] + "角"
    elif whole:
        out += "零"
    if fen:
        out += _CAPITAL[fen] + "分"
    return out
