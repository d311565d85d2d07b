"""The law catalogue: laws, provisions, violation types and rules, loaded and cross-checked.

``load_catalogue()`` reads ``resources/law`` (or a folder an administrator or the server
supplies) and checks every reference across files, so that :meth:`Catalogue.applicable` and the
discretion calculator can trust the data.  The catalogue is immutable; a new data version is a
new catalogue, and a case keeps the provisions (with their text) it applied.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from inspector_app.i18n import Msg, UserError
from inspector_app.law.loader import LawDataError, default_law_dir, problem, read_yaml, validate
from inspector_app.law.schema import (
    Basis,
    Law,
    LawsFile,
    LawVersion,
    Provision,
    ProvisionsFile,
    Regime,
    Rule,
    RulesFile,
    ViolationsFile,
    ViolationType,
)

if TYPE_CHECKING:
    from inspector_app.checklists.schema import ChecklistTemplate
    from inspector_app.law.applicable import ApplicableRule


@dataclass(frozen=True)
class CatalogueProvision:
    """A provision together with the law and version it belongs to."""

    provision: Provision
    law: Law
    version: LawVersion
    source: Path


@dataclass(frozen=True)
class Catalogue:
    laws: dict[str, Law]
    regimes: list[Regime]
    provisions: dict[str, CatalogueProvision]
    violations: dict[str, ViolationType]
    rules: list[Rule]
    templates_dir: Path | None = None
    #: SHA-256 over the catalogue files: which data version a case applied (see ``digest``).
    digest: str = ""
    _templates: dict[str, ChecklistTemplate] = field(default_factory=dict, compare=False)

    # --- look-ups ---------------------------------------------------------------------------

    def violation(self, code: str) -> ViolationType:
        """The violation type ``code`` (``V24``; case and blanks forgiven)."""
        key = code.strip().upper()
        found = self.violations.get(key)
        if found is None:
            raise UserError(
                Msg(
                    f"法律目录中没有违法类型 {code}（可用：V1–V{len(self.violations)}）",
                    f"The law catalogue has no violation type {code} "
                    f"(available: V1-V{len(self.violations)})",
                )
            )
        return found

    def regime(self, code: str) -> Regime:
        return next(r for r in self.regimes if r.code == code)

    def regime_on(self, day: date) -> Regime:
        for regime in self.regimes:
            if regime.in_force(day):
                return regime
        raise UserError(Msg(f"{day} 不在法律目录覆盖的期间内", f"{day} is not covered"))

    def basis(self, violation: ViolationType, regime: str) -> Basis | None:
        return next((b for b in violation.bases if b.regime == regime), None)

    def rules_for(self, code: str, regime: str) -> list[Rule]:
        return [r for r in self.rules if r.code == code and r.regime in (None, regime)]

    # --- use cases ----------------------------------------------------------------------------

    def applicable(
        self,
        violation_code: str,
        violation_date: date,
        continuing_until: date | None = None,
        *,
        decision_date: date | None = None,
        base_amount: float | None = None,
        instances: int = 1,
        variant: str | None = None,
    ) -> ApplicableRule:
        """The provisions, fine and measures that apply to an act; see :mod:`.applicable`."""
        from inspector_app.law.applicable import choose

        return choose(
            self,
            self.violation(violation_code),
            violation_date,
            continuing_until,
            decision_date=decision_date or date.today(),
            base_amount=base_amount,
            instances=instances,
            variant=variant,
        )

    def proposed_violations(
        self, template: str | ChecklistTemplate, item_code: str
    ) -> list[ViolationType]:
        """The violation types a non-compliant answer to ``item_code`` may establish.

        ``template`` is a template code (the shipped templates are read) or the template an
        inspection actually used (``checklists.catalog.stored_template``), which is what a case
        should pass so that a later template edit does not change its proposal.
        """
        if isinstance(template, str):
            found = self._shipped_templates().get(template)
            if found is None:
                raise UserError(Msg(f"没有检查表：{template}", f"Unknown checklist: {template}"))
            template = found
        try:
            item = template.item(item_code)
        except KeyError:
            raise UserError(
                Msg(
                    f"检查表 {template.code} 中没有条目 {item_code}",
                    f"Checklist {template.code} has no item {item_code}",
                )
            ) from None
        return [self.violation(code) for code in item.violations]

    def _shipped_templates(self) -> dict[str, ChecklistTemplate]:
        if not self._templates:
            from inspector_app.checklists.loader import default_templates_dir, load_directory

            for t in load_directory(self.templates_dir or default_templates_dir()):
                self._templates[t.code] = t
        return self._templates


# --- loading ---------------------------------------------------------------------------------


def load_catalogue(directory: str | Path | None = None) -> Catalogue:
    """Read and cross-check every catalogue file of ``directory`` (default: the shipped one).

    Raises :class:`LawDataError` naming the file, row and field of the first bad file.
    """
    root = Path(directory) if directory is not None else default_law_dir()
    laws_path = root / "laws.yaml"
    laws_file = validate(laws_path, LawsFile)
    laws = _index_laws(laws_path, laws_file)
    provisions = _load_provisions(root / "provisions", laws)
    regimes = list(laws_file.regimes)
    rules_path = root / "rules.yaml"
    rules_raw = read_yaml(rules_path)
    rules = validate(rules_path, RulesFile, rules_raw).rules
    regime_codes = {r.code for r in regimes}
    problems: list[Msg] = []
    for index, rule in enumerate(rules):
        if rule.regime is not None and rule.regime not in regime_codes:
            problems.append(_unknown(["rules", index, "regime"], rules_raw, rule.regime, "时期"))
        for p_index, ref in enumerate(rule.provisions):
            if ref not in provisions:
                where: list[str | int] = ["rules", index, "provisions", p_index]
                problems.append(_unknown(where, rules_raw, ref, "条文"))
    if problems:
        raise LawDataError(rules_path, problems)
    violations_path = root / "violations.yaml"
    violations_raw = read_yaml(violations_path)
    violations_file = validate(violations_path, ViolationsFile, violations_raw)
    violations = _check_violations(
        violations_path, violations_raw, violations_file, provisions, regimes, rules
    )
    return Catalogue(laws, regimes, provisions, violations, rules, digest=_digest(root))


def _digest(root: Path) -> str:
    """SHA-256 over every catalogue file (relative path + bytes), in path order."""
    sha = hashlib.sha256()
    for path in sorted(root.rglob("*.yaml")):
        sha.update(path.relative_to(root).as_posix().encode() + b"\0")
        sha.update(path.read_bytes() + b"\0")
    return sha.hexdigest()


@functools.cache
def default_catalogue() -> Catalogue:
    """The shipped catalogue, read once per process (for the CLI and the app's start-up)."""
    return load_catalogue()


def _index_laws(path: Path, laws_file: LawsFile) -> dict[str, Law]:
    raw = read_yaml(path)
    laws: dict[str, Law] = {}
    problems = []
    for index, law in enumerate(laws_file.laws):
        if law.code in laws:
            problems.append(problem(["laws", index, "code"], raw, "代码重复", "duplicate code"))
        laws[law.code] = law
    if problems:
        raise LawDataError(path, problems)
    return laws


def _load_provisions(folder: Path, laws: dict[str, Law]) -> dict[str, CatalogueProvision]:
    if not folder.is_dir():
        raise LawDataError(folder, [Msg("条文目录不存在", "the provisions folder is missing")])
    result: dict[str, CatalogueProvision] = {}
    for path in sorted(folder.glob("*.yaml")):
        raw = read_yaml(path)
        parsed = validate(path, ProvisionsFile, raw)
        law = laws.get(parsed.law)
        if law is None:
            raise LawDataError(path, [_unknown(["law"], raw, parsed.law, "法律")])
        version = next((v for v in law.versions if v.version == parsed.version), None)
        if version is None:
            raise LawDataError(path, [_unknown(["version"], raw, parsed.version, "版本")])
        problems = []
        places: set[tuple[Any, ...]] = set()
        for index, prov in enumerate(parsed.provisions):
            place = (prov.article, prov.paragraph, prov.item)
            if prov.id in result:
                problems.append(
                    problem(["provisions", index, "id"], raw, "条文代码重复", "duplicate id")
                )
            elif prov.article is not None and place in places:
                problems.append(
                    problem(
                        ["provisions", index, "article"],
                        raw,
                        "同一条款项重复出现",
                        "the same article/paragraph/item appears twice",
                    )
                )
            places.add(place)
            result[prov.id] = CatalogueProvision(prov, law, version, path)
        if problems:
            raise LawDataError(path, problems)
    return result


def _check_violations(
    path: Path,
    raw: dict[str, Any],
    parsed: ViolationsFile,
    provisions: dict[str, CatalogueProvision],
    regimes: list[Regime],
    rules: list[Rule],
) -> dict[str, ViolationType]:
    regime_by_code = {r.code: r for r in regimes}
    rule_codes = {r.code for r in rules}
    problems: list[Msg] = []
    result: dict[str, ViolationType] = {}
    for v_index, violation in enumerate(parsed.violations):
        at: list[str | int] = ["violations", v_index]
        if violation.code in result:
            problems.append(problem([*at, "code"], raw, "违法类型代码重复", "duplicate code"))
        result[violation.code] = violation
        for b_index, basis in enumerate(violation.bases):
            b_at = [*at, "bases", b_index]
            regime = regime_by_code.get(basis.regime)
            if regime is None:
                problems.append(_unknown([*b_at, "regime"], raw, basis.regime, "时期"))
                continue
            refs = _basis_refs(basis)
            for field_path, ref in refs:
                cat = provisions.get(ref)
                if cat is None:
                    problems.append(_unknown([*b_at, *field_path], raw, ref, "条文"))
                elif not _overlaps(cat.version, regime):
                    problems.append(
                        problem(
                            [*b_at, *field_path],
                            raw,
                            f"条文 {ref} 所属版本（{cat.law.short_zh} {cat.version.version}）"
                            f"在“{regime.title_zh}”期间不生效",
                            f"provision {ref} is not in force during regime {regime.code}",
                        )
                    )
            for m_index, measure in enumerate(basis.measures):
                if measure.rule is not None and measure.rule not in rule_codes:
                    where = [*b_at, "measures", m_index, "rule"]
                    problems.append(_unknown(where, raw, measure.rule, "规则"))
    if problems:
        raise LawDataError(path, problems)
    return result


def _basis_refs(basis: Basis) -> Iterable[tuple[list[str | int], str]]:
    for name in ("prohibiting", "penalizing"):
        for index, ref in enumerate(getattr(basis, name)):
            yield [name, index], ref
    for index, other in enumerate(basis.other_fines):
        if other.provision:
            yield ["other_fines", index, "provision"], other.provision
    for index, measure in enumerate(basis.measures):
        if measure.provision:
            yield ["measures", index, "provision"], measure.provision


def _overlaps(version: LawVersion, regime: Regime) -> bool:
    """Whether a law version is in force at some time during a regime."""
    starts_before_end = regime.until is None or version.effective < regime.until
    ends_after_start = (
        regime.from_ is None or version.repealed is None or version.repealed > regime.from_
    )
    return starts_before_end and ends_after_start


def _unknown(where: list[str | int], raw: dict[str, Any], ref: str, kind: str) -> Msg:
    english = {
        "时期": "regime",
        "条文": "provision",
        "规则": "rule",
        "法律": "law",
        "版本": "version",
    }
    return problem(
        where, raw, f"{kind} {ref} 不存在", f"{english.get(kind, kind)} {ref} does not exist"
    )
