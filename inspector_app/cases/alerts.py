"""What a case demands beyond the fine, said out loud when it opens.

The rules a case froze list every measure of its violations, but a list of measures is easy to
read past.  The ones an officer must not miss are flagged here: the measures the law says the
agency *shall* take (限制生产、停产整治 and the transfer for administrative detention under the
Code's Art. 1108), the possible crime with the thresholds to check (a key discharger tampering
with automatic monitoring data meets one by itself), and two violations fined under the same
article, which may be one act fined twice (行政处罚法 Art. 29).  Read-only: derived from the
frozen rules and the enterprise, so the flags never disagree with what the documents cite.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from inspector_app.store import Case, Enterprise

# Measures the officer acts on with a case step when the law says 应当 (when: always).
MANDATORY_STEPS = {
    "restrict_production": "production_order",
    "suspend_production": "production_order",
    "detention_transfer": "detention_approve",
}
CRIME_STEP = "criminal_transfer"
KEY_DISCHARGER = "重点排污单位"


@dataclass(frozen=True)
class Alert:
    """One flag: ``level`` is "mandatory" (the law says 应当), "transfer" (a crime threshold is
    met on the facts the case already holds, unless the officer finds otherwise) or "check"
    (depends on facts still to establish); ``step`` is the case step that acts on it."""

    kind: str
    level: str
    text_zh: str
    text_en: str
    basis_zh: str
    violations: tuple[str, ...]
    step: str | None = None
    criteria: tuple[str, ...] = ()


def alerts_for(rules: Sequence[Mapping[str, Any]], key_discharger: bool) -> list[Alert]:
    """Flags for the frozen ``rules`` of a case (``ApplicableRule.to_dict()`` each)."""
    out = _mandatory(rules) + _crime(rules, key_discharger) + _same_article(rules)
    order = {"mandatory": 0, "transfer": 1, "check": 2}
    return sorted(out, key=lambda a: order[a.level])


def case_alerts(session: Session, case: Case) -> list[Alert]:
    """The flags of a case (opened or only proposed: nothing is read but its rules)."""
    enterprise = session.get(Enterprise, case.enterprise_id)
    return alerts_for(case.rules, bool(enterprise and enterprise.key_discharge_unit))


def _citation(measure: Mapping[str, Any]) -> str:
    provision = measure.get("provision") or {}
    return str(provision.get("citation_zh") or "")


def _mandatory(rules: Sequence[Mapping[str, Any]]) -> list[Alert]:
    found: dict[str, dict[str, Any]] = {}
    for rule in rules:
        for m in rule.get("measures", []):
            if m["kind"] in MANDATORY_STEPS and m["when"] == "always":
                entry = found.setdefault(m["kind"], {"measure": m, "codes": []})
                entry["codes"].append(rule["violation_code"])
    out = []
    for kind, entry in found.items():
        m, basis = entry["measure"], _citation(entry["measure"])
        note = f"（{m['note_zh']}）" if m.get("note_zh") else ""
        detention = kind == "detention_transfer"
        out.append(
            Alert(
                kind=kind,
                level="mandatory",
                text_zh=(
                    f"应当{m['title_zh']}{note}" + (f"，依据{basis}" if basis else "")
                    if detention
                    else f"应当{m['title_zh']}" + (f"（{basis}）" if basis else "")
                ),
                text_en=(
                    "Transfer to the police for administrative detention is mandatory"
                    if detention
                    else "Restriction or suspension of production is mandatory"
                ),
                basis_zh=basis,
                violations=tuple(dict.fromkeys(entry["codes"])),
                step=MANDATORY_STEPS[kind],
            )
        )
    return out


def _crime(rules: Sequence[Mapping[str, Any]], key_discharger: bool) -> list[Alert]:
    codes, keyed, criteria, title = [], [], [], ""
    for rule in rules:
        for m in rule.get("measures", []):
            if m["kind"] != "criminal_transfer":
                continue
            codes.append(rule["violation_code"])
            if m.get("key_discharger"):
                keyed.append(rule["violation_code"])
        for r in rule.get("rules", []):
            if r["code"] == "crime":
                title = r["title_zh"]
                criteria += [i for i in r["items"] if i not in criteria]
    if not codes:
        return []
    basis = title[title.find("（") + 1 : -1] if "（" in title else title
    if key_discharger and keyed:
        met = tuple(i for i in criteria if KEY_DISCHARGER in i)
        return [
            Alert(
                kind="criminal_transfer",
                level="transfer",
                text_zh=(
                    "当事人为重点排污单位，篡改、伪造自动监测数据或者干扰自动监测设施排放污染物的，"
                    f"涉嫌污染环境罪，应当移送公安机关（{basis}）"
                ),
                text_en=(
                    "A key discharger tampering with automatic monitoring data may have committed "
                    "the crime of polluting the environment: transfer the case to the police"
                ),
                basis_zh=basis,
                violations=tuple(dict.fromkeys(keyed)),
                step=CRIME_STEP,
                criteria=met,
            )
        ]
    return [
        Alert(
            kind="criminal_transfer",
            level="check",
            text_zh=f"可能涉嫌污染环境罪：核查是否达到下列追诉标准，达到的应当移送（{basis}）",
            text_en="A crime is possible: check the prosecution thresholds listed",
            basis_zh=basis,
            violations=tuple(dict.fromkeys(codes)),
            step=CRIME_STEP,
            criteria=tuple(criteria),
        )
    ]


def _same_article(rules: Sequence[Mapping[str, Any]]) -> list[Alert]:
    by_article: dict[tuple[str, ...], list[str]] = {}
    for rule in rules:
        cited = tuple(p["citation_zh"] for p in rule.get("penalizing", []))
        by_article.setdefault(cited, []).append(rule["violation_code"])
    return [
        Alert(
            kind="same_article",
            level="check",
            text_zh=(
                f"{'、'.join(codes)}均依据{'、'.join(cited)}处罚：属于同一违法行为的只保留一项，"
                "对同一违法行为不得给予两次以上罚款（《行政处罚法》第二十九条）"
            ),
            text_en=(
                f"{', '.join(codes)} are fined under the same article: if they are one act, keep "
                "one (no two fines for one act, Administrative Penalty Law Art. 29)"
            ),
            basis_zh="《中华人民共和国行政处罚法》第二十九条",
            violations=tuple(codes),
        )
        for cited, codes in by_article.items()
        if len(codes) > 1
    ]
