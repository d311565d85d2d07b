"""Which legal basis applies to an act, and what it allows: the result a case snapshots.

The rule (行政处罚法第三十七条, 法典第一千零五十七条, reference.md §0): apply the law in force
when the act occurred; if, when the decision is made, a newer rule is lighter, apply the newer
one.  A continuing act is judged by the law in force when it ended, so an act that runs past
2026-08-15 falls under the Code.  Everything returned is a plain frozen dataclass carrying the
provision texts, so a case can store it and never depend on a later catalogue update.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from inspector_app.i18n import Msg, UserError
from inspector_app.law.citation import citation
from inspector_app.law.fines import FineRange, fine_range
from inspector_app.law.schema import Basis, ViolationType

if TYPE_CHECKING:
    from inspector_app.law.catalogue import Catalogue

MEASURE_TITLES = {
    "order_to_correct": "责令改正",
    "restrict_production": "责令限制生产、停产整治",
    "suspend_production": "责令停产整治",
    "close": "责令停业、关闭",
    "revoke_permit": "吊销排污许可证",
    "stop_construction": "责令停止建设",
    "restore": "责令恢复原状",
    "forced_removal": "责令限期拆除、强制拆除",
    "announcement": "予以公告",
    "daily_penalty": "按日连续处罚",
    "sealing_seizure": "查封、扣押",
    "detention_transfer": "移送公安机关行政拘留",
    "criminal_transfer": "涉嫌犯罪移送司法机关",
    "persons_fine": "对责任人员处罚款",
}
WHEN_TITLES = {
    "always": "应当",
    "may": "可以",
    "serious": "情节严重的",
    "refusal": "拒不改正（执行）的",
    "overdue": "逾期不改正的",
    "conditional": "符合条件的",
}
#: Measures whose being mandatory makes a rule heavier whatever the fine.
HEAVY_MEASURES = ("detention_transfer", "restrict_production", "suspend_production", "close")


@dataclass(frozen=True)
class ProvisionText:
    id: str
    law: str
    law_title_zh: str
    version: str
    article: int | None
    paragraph: int | None
    item: int | None
    citation_zh: str
    text_zh: str
    pending: bool


@dataclass(frozen=True)
class OtherFineInfo:
    when_zh: str
    fine: FineRange
    provision: ProvisionText | None
    variant: str | None = None


@dataclass(frozen=True)
class MeasureInfo:
    kind: str
    when: str
    title_zh: str
    note_zh: str | None
    provision: ProvisionText | None
    rule: str | None
    key_discharger: bool = False


@dataclass(frozen=True)
class RuleInfo:
    code: str
    title_zh: str
    items: tuple[str, ...]
    note_zh: str | None
    provisions: tuple[ProvisionText, ...]


@dataclass(frozen=True)
class ApplicableRule:
    """The basis chosen for one act: print it, snapshot it, compute a fine within it."""

    violation_code: str
    title_zh: str
    regime: str
    regime_title_zh: str
    act_date: date
    decision_date: date
    prohibiting: tuple[ProvisionText, ...]
    penalizing: tuple[ProvisionText, ...]
    fine: FineRange
    other_fines: tuple[OtherFineInfo, ...]
    measures: tuple[MeasureInfo, ...]
    rules: tuple[RuleInfo, ...]
    reason_zh: str
    issuable: bool
    pending_zh: str | None = None
    compared_regime: str | None = None
    variant: str | None = None
    variant_zh: str | None = None
    catalogue_digest: str = ""

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (dates as ISO strings), e.g. for a case snapshot or ``--json``."""
        data = asdict(self)
        data["act_date"] = self.act_date.isoformat()
        data["decision_date"] = self.decision_date.isoformat()
        return data


# --- choosing --------------------------------------------------------------------------------


def choose(
    catalogue: Catalogue,
    violation: ViolationType,
    violation_date: date,
    continuing_until: date | None,
    *,
    decision_date: date,
    base_amount: float | None,
    instances: int,
    variant: str | None = None,
) -> ApplicableRule:
    if variant is not None and variant not in violation.variants():
        listed = "、".join(f"{k}（{v}）" for k, v in violation.variants().items()) or "无"
        raise UserError(
            Msg(
                f"{violation.code} 没有情形 {variant}；可用：{listed}",
                f"{violation.code} has no variant {variant}; available: "
                + (", ".join(violation.variants()) or "none"),
            )
        )
    if continuing_until is not None and continuing_until < violation_date:
        raise UserError(
            Msg(
                "违法行为终了日期不能早于开始日期",
                "The date the act ended cannot be before the date it began",
            )
        )
    if base_amount is not None and base_amount < 0:
        raise UserError(Msg("计罚基数不能为负数", "The base amount cannot be negative"))
    if instances < 1:
        raise UserError(Msg("违法次数至少为 1", "The number of instances must be at least 1"))
    act_date = continuing_until or violation_date
    if decision_date < act_date:
        decision_date = act_date
    then = catalogue.regime_on(act_date)
    basis_then = catalogue.basis(violation, then.code)
    if basis_then is None:
        raise UserError(
            Msg(
                f"{violation.code} 在“{then.title_zh}”期间没有法律依据",
                f"{violation.code} has no legal basis in regime {then.code}",
            )
        )
    chosen, chosen_regime = basis_then, then
    fine_then = fine_range(basis_then.main(variant)[0], base_amount, instances)
    d = _date_zh
    if continuing_until is not None and then.from_ is not None and violation_date < then.from_:
        reason = (
            f"违法行为自{d(violation_date)}起持续至{d(continuing_until)}，跨越"
            f"“{then.title_zh}”的起始日（{d(then.from_)}），属于连续或者继续状态，"
            f"按行为终了时有效的规定处理，适用{_regime_laws(catalogue, basis_then)}。"
        )
    else:
        reason = (
            f"违法行为发生于{d(act_date)}，适用当时有效的{_regime_laws(catalogue, basis_then)}。"
        )
    compared: str | None = None
    now = catalogue.regime_on(decision_date)
    if now.code != then.code:
        basis_now = catalogue.basis(violation, now.code)
        if basis_now is not None:
            compared = now.code
            fine_now = fine_range(basis_now.main(variant)[0], base_amount, instances)
            verdict = _lighter(basis_now, fine_now, basis_then, fine_then)
            law_now = _regime_laws(catalogue, basis_now)
            head = (
                f"作出处罚决定时（{d(decision_date)}）已施行{law_now}，依照《行政处罚法》第三十七条"
                f"（法典第一千零五十七条）从旧兼从轻原则比较："
            )
            if verdict is True:
                chosen, chosen_regime = basis_now, now
                reason += (
                    f"{head}新规定罚款为{fine_now.description_zh}，原规定为"
                    f"{fine_then.description_zh}，新规定处罚较轻，适用{law_now}。"
                )
            elif verdict is False:
                reason += (
                    f"{head}新规定罚款为{fine_now.description_zh}，原规定为"
                    f"{fine_then.description_zh}，新规定不轻于原规定，仍适用行为发生时的规定。"
                )
            else:
                reason += f"{head}{verdict}，无法认定新规定较轻，仍适用行为发生时的规定。"
    return _build(
        catalogue,
        violation,
        chosen,
        chosen_regime.code,
        chosen_regime.title_zh,
        act_date,
        decision_date,
        reason,
        compared,
        base_amount,
        instances,
        variant,
    )


def _lighter(new: Basis, new_fine: FineRange, old: Basis, old_fine: FineRange) -> bool | str:
    """True if the new rule is lighter, False if not, or a reason why it cannot be compared."""
    for fine in (new_fine, old_fine):
        if fine.kind == "unspecified":
            return "一方规定未明确罚款数额"
        if fine.needs_base:
            return f"须提供{fine.base_zh or '计罚基数'}方可比较罚款幅度"
    mandatory_new = {m.kind for m in new.measures if m.when == "always"}
    mandatory_old = {m.kind for m in old.measures if m.when == "always"}
    if any(k in mandatory_new and k not in mandatory_old for k in HEAVY_MEASURES):
        return False
    new_max = new_fine.max if new_fine.max is not None else float("inf")
    old_max = old_fine.max if old_fine.max is not None else float("inf")
    new_min, old_min = new_fine.min or 0, old_fine.min or 0
    if new_max > old_max or new_min > old_min:
        return False
    if new_max < old_max or new_min < old_min:
        return True
    return new_fine.on_refusal_only and not old_fine.on_refusal_only


def provision_text(catalogue: Catalogue, ref: str) -> ProvisionText:
    cat = catalogue.provisions[ref]
    p = cat.provision
    return ProvisionText(
        id=p.id,
        law=cat.law.code,
        law_title_zh=cat.law.title_zh,
        version=cat.version.version,
        article=p.article,
        paragraph=p.paragraph,
        item=p.item,
        citation_zh=citation(cat.law.short_zh, p.article, p.paragraph, p.item),
        text_zh=p.text_zh,
        pending=p.pending,
    )


def _build(
    catalogue: Catalogue,
    violation: ViolationType,
    basis: Basis,
    regime: str,
    regime_title: str,
    act_date: date,
    decision_date: date,
    reason: str,
    compared: str | None,
    base: float | None,
    instances: int,
    variant: str | None,
) -> ApplicableRule:
    main_fine, main_refs, variant_zh = basis.main(variant)
    if variant is not None and variant_zh is None:
        variant_zh = violation.variants()[variant]  # this regime has no separate rule for it
    prohibiting = tuple(provision_text(catalogue, ref) for ref in basis.prohibiting)
    penalizing = tuple(provision_text(catalogue, ref) for ref in main_refs)
    _check_in_force(catalogue, [*basis.prohibiting, *main_refs], act_date, decision_date)
    measures = tuple(
        MeasureInfo(
            kind=m.kind,
            when=m.when,
            title_zh=MEASURE_TITLES[m.kind],
            note_zh=m.note_zh,
            provision=provision_text(catalogue, m.provision) if m.provision else None,
            rule=m.rule,
            key_discharger=m.key_discharger,
        )
        for m in basis.measures
    )
    rule_codes = list(dict.fromkeys(m.rule for m in basis.measures if m.rule))
    rules = tuple(
        RuleInfo(
            code=r.code,
            title_zh=r.title_zh,
            items=tuple(r.items),
            note_zh=r.note_zh,
            provisions=tuple(provision_text(catalogue, p) for p in r.provisions),
        )
        for code in rule_codes
        for r in catalogue.rules_for(code, regime)
    )
    others = tuple(
        OtherFineInfo(
            when_zh=o.when_zh,
            fine=fine_range(o.fine, base, instances),
            provision=provision_text(catalogue, o.provision) if o.provision else None,
            variant=o.variant,
        )
        for o in basis.other_fines
    )
    pending = [p for p in (*prohibiting, *penalizing) if p.pending]
    pending_zh = None
    if pending:
        pending_zh = (
            "法典对应条文号尚未确定（"
            + "；".join(p.text_zh for p in pending)
            + "）。在管理员更新法律目录数据文件补充条文号之前，不能依据法典制发处罚文书。"
        )
    return ApplicableRule(
        violation_code=violation.code,
        title_zh=violation.title_zh,
        regime=regime,
        regime_title_zh=regime_title,
        act_date=act_date,
        decision_date=decision_date,
        prohibiting=prohibiting,
        penalizing=penalizing,
        fine=fine_range(main_fine, base, instances),
        other_fines=others,
        measures=measures,
        rules=rules,
        reason_zh=reason,
        issuable=not pending,
        pending_zh=pending_zh,
        compared_regime=compared,
        variant=variant if variant_zh else None,
        variant_zh=variant_zh,
        catalogue_digest=catalogue.digest,
    )


def _check_in_force(catalogue: Catalogue, refs: list[str], act: date, decision: date) -> None:
    """Every cited provision's law version must be in force on the act date (old rule) or on the
    decision date (new, lighter rule); the catalogue holds one version per law per regime."""
    for ref in refs:
        cat = catalogue.provisions[ref]
        if not (cat.version.in_force(act) or cat.version.in_force(decision)):
            raise UserError(
                Msg(
                    f"法律目录只收录《{cat.law.short_zh}》{cat.version.title_zh}版本"
                    f"（{_date_zh(cat.version.effective)}施行），不覆盖{_date_zh(act)}的行为；"
                    "请管理员补充当时有效的版本",
                    f"The catalogue only holds the {cat.version.version} version of "
                    f"{cat.law.code} (in force from {cat.version.effective}), which does not "
                    f"cover an act on {act}",
                )
            )


def _regime_laws(catalogue: Catalogue, basis: Basis) -> str:
    names = dict.fromkeys(
        f"《{catalogue.provisions[ref].law.short_zh}》" for ref in basis.penalizing
    )
    return "".join(names)


def _date_zh(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def join_citations(provisions: tuple[ProvisionText, ...] | list[ProvisionText]) -> str:
    """《法》第一条、第二条 rather than repeating the title for each provision of one law."""
    parts: list[str] = []
    previous = None
    for p in provisions:
        title = f"《{p.citation_zh.split('》')[0].lstrip('《')}》"
        parts.append(p.citation_zh[len(title) :] if title == previous else p.citation_zh)
        previous = title
    return "、".join(parts)
