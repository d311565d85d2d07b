"""Money on enforcement documents: capital Chinese numerals (大写) beside Arabic figures.

A fine is printed twice, e.g. ``罚款壹拾贰万叁仟元整（¥123000元）`` (reference.md §1.3 (a),
§1.4), because capital numerals cannot be altered by adding a stroke.  Amounts are integers in
fen (分) everywhere in the app so that no floating-point rounding can change a fine.

Writing rules (the bank and accounting convention for 中文大写金额):
- digits 零壹贰叁肆伍陆柒捌玖, units 拾佰仟 inside a group of four, 万 and 亿 between groups;
  a leading ten is written 壹拾 (壹拾万, not 拾万);
- a run of zeros between non-zero digits is written as a single 零, also across a 万/亿
  boundary (壹拾万零叁仟); zeros at the end of the yuan part are not written;
- 元整 when there are no 角 and 分; 角 without 分 ends in 整 (伍元伍角整); 分 after a zero
  角 gets a 零 (伍元零伍分); an amount below one yuan has no 元 (伍角整, 伍分).
"""

from __future__ import annotations

DIGITS = "零壹贰叁肆伍陆柒捌玖"
SMALL_UNITS = ("", "拾", "佰", "仟")
GROUP_UNITS = ("", "万", "亿")
MAX_FEN = 10**12 * 100 - 1  # below 1 万亿 yuan: every real fine, with room to spare


def _yuan_words(yuan: int) -> str:
    """The integer yuan part in capital numerals, without 元; '' for zero."""
    text = str(yuan)
    out: list[str] = []
    zero_pending = False
    for index, char in enumerate(text):
        position = len(text) - 1 - index
        unit, group = position % 4, position // 4
        digit = int(char)
        if digit == 0:
            zero_pending = bool(out)
        else:
            if zero_pending:
                out.append("零")
                zero_pending = False
            out.append(DIGITS[digit] + SMALL_UNITS[unit])
        if unit == 0 and group > 0:
            group_digits = text[max(0, len(text) - 4 * (group + 1)) : len(text) - 4 * group]
            if int(group_digits):
                out.append(GROUP_UNITS[group])
    return "".join(out)


def capital_amount(fen: int) -> str:
    """``12300000`` (123,000 yuan) → ``壹拾贰万叁仟元整``; raises ValueError out of range."""
    if isinstance(fen, bool) or not isinstance(fen, int):
        raise TypeError("amounts are integers in fen")
    if fen < 0 or fen > MAX_FEN:
        raise ValueError(f"amount out of range: {fen} fen")
    yuan, rest = divmod(fen, 100)
    jiao, cents = divmod(rest, 10)
    words = _yuan_words(yuan)
    if words:
        words += "元"
    if jiao == 0 and cents == 0:
        return (words or "零元") + "整"
    if jiao:
        words += DIGITS[jiao] + "角"
    elif words:
        words += "零"
    if cents:
        return words + DIGITS[cents] + "分"
    return words + "整"


def arabic_amount(fen: int) -> str:
    """``¥123000元`` or ``¥545.50元``: the figure that goes beside the capital numerals."""
    yuan, rest = divmod(fen, 100)
    return f"¥{yuan}元" if rest == 0 else f"¥{yuan}.{rest:02d}元"


def amount_text(fen: int) -> str:
    """Both forms as printed on a decision: ``伍佰肆拾伍元整（¥545元）``."""
    return f"{capital_amount(fen)}（{arabic_amount(fen)}）"


def yuan_to_fen(yuan: int | str) -> int:
    """Whole yuan or a decimal string such as ``'545.5'`` to fen, refusing sub-fen amounts."""
    from decimal import Decimal, InvalidOperation

    try:
        value = Decimal(str(yuan))
    except InvalidOperation as exc:
        raise ValueError(f"not an amount: {yuan!r}") from exc
    fen = value * 100
    if fen != fen.to_integral_value():
        raise ValueError(f"amount below one fen: {yuan!r}")
    return int(fen)
