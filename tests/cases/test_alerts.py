"""The flags a case raises when it opens: mandatory measures, a possible crime (decided by the
enterprise being a key discharger where the law says so) and two violations under one article."""

from __future__ import annotations

from datetime import date

from casehelpers import SETTINGS, World
from sqlalchemy import select

from inspector_app.cases.alerts import case_alerts
from inspector_app.cases.service import get_case, open_case
from inspector_app.cli_cases import summary
from inspector_app.store import Enterprise


def _open(world: World, codes: list[str], enterprise=None):
    with world.db.session() as s:
        return open_case(
            s,
            by=world.li,
            opened_on=date(2026, 11, 24),
            enterprise_id=enterprise or world.plant,
            source="complaint",
            violation_codes=codes,
            violation_date=date(2026, 11, 23),
            officer_ids=[world.li, world.wang],
            settings=SETTINGS,
        ).id


def _alerts(world: World, case_id):
    with world.db.session() as s:
        return {a.kind: a for a in case_alerts(s, get_case(s, case_id))}


def test_evasion_by_a_key_discharger_flags_production_detention_and_crime(world: World) -> None:
    flags = _alerts(world, _open(world, ["V2"]))  # the plant is a key discharger
    assert list(flags) == ["restrict_production", "detention_transfer", "criminal_transfer"]
    production, detention, crime = flags.values()
    assert production.level == detention.level == "mandatory"
    assert "第一千一百零八条" in production.basis_zh and production.step == "production_order"
    assert "五日以上十日以下" in detention.text_zh and detention.step == "detention_approve"
    assert crime.level == "transfer" and crime.step == "criminal_transfer"
    assert "第三百三十八条" in crime.basis_zh and "法释〔2023〕7号" in crime.basis_zh
    assert len(crime.criteria) == 1 and "篡改、伪造自动监测数据" in crime.criteria[0]


def test_other_enterprises_get_the_thresholds_to_check(world: World) -> None:
    with world.db.session() as s:
        ordinary = s.scalars(select(Enterprise.id).where(~Enterprise.key_discharge_unit)).first()
    crime = _alerts(world, _open(world, ["V2"], ordinary))["criminal_transfer"]
    assert crime.level == "check"
    assert any("三吨以上" in c for c in crime.criteria)  # the whole list, not one item


def test_a_labelling_case_flags_nothing(world: World) -> None:
    assert _alerts(world, _open(world, ["V24"])) == {}


def test_two_violations_under_one_article_are_questioned(world: World) -> None:
    case_id = _open(world, ["V2", "V10"])  # air and water evasion: both Code Art. 1108
    flags = _alerts(world, case_id)
    same = flags["same_article"]
    assert same.violations == ("V2", "V10") and "第二十九条" in same.text_zh
    assert flags["detention_transfer"].violations == ("V2", "V10")  # one flag, not two
    with world.db.session() as s:
        shown = summary(s, get_case(s, case_id), SETTINGS, date(2026, 11, 24))["alerts"]
    assert [a["level"] for a in shown] == ["mandatory", "mandatory", "transfer", "check"]
