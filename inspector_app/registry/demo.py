"""Demo data: one Gansu city bureau, six officers and sixty enterprises.

Used by ``make run`` on a first start and by ``inspector demo``, so that a newcomer sees a
working registry at once.  The enterprises are invented but their credit codes are valid, and
permit dates are relative to today so "expires within 30 days" always has something to show.
Names and codes are fictitious (shared/SCENARIOS.md).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inspector_app.registry.passwords import hash_password
from inspector_app.registry.validators import USCC_ALPHABET, uscc_check_char
from inspector_app.store import Agency, Enterprise, Officer, Role
from inspector_app.store.audit import append_event

AGENCY: dict[str, Any] = {
    "code": "620100",
    "name": "兰州市生态环境局",
    "region_code": "620100",
    "doc_abbreviations": {"agency": "兰环", "penalty": "罚", "order": "责改", "seal": "封"},
}

# (name, certificate number, role, demo password)
OFFICERS = [
    ("李明", "62010001", Role.OFFICER, "lm-62010001"),
    ("王芳", "62010002", Role.OFFICER, "wf-62010002"),
    ("张伟", "62010003", Role.OFFICER, "zw-62010003"),
    ("刘洋", "62010004", Role.OFFICER, "ly-62010004"),
    ("陈静", "62010005", Role.REVIEWER, "cj-62010005"),
    ("赵磊", "62010006", Role.ADMINISTRATOR, "zl-62010006"),
]

DISTRICTS = [
    ("620102", "城关区"),
    ("620103", "七里河区"),
    ("620104", "西固区"),
    ("620105", "安宁区"),
    ("620111", "红古区"),
    ("620121", "永登县"),
]
INDUSTRIES = [
    ("化工", "精细化工", "化学原料和化学制品制造业"),
    ("石化", "石油化工", "石油、煤炭及其他燃料加工业"),
    ("水泥", "建材", "非金属矿物制品业"),
    ("制药", "生物制药", "医药制造业"),
    ("电镀", "表面处理", "金属制品业"),
    ("印染", "纺织印染", "纺织业"),
    ("包装", "包装材料", "印刷和记录媒介复制业"),
    ("热电", "热力", "电力、热力生产和供应业"),
    ("污水处理", "水务", "水的生产和供应业"),
    ("铝业", "有色金属", "有色金属冶炼和压延加工业"),
]
BRANDS = ["金城", "黄河", "陇原", "西部", "兰新", "丝路", "祁连", "皋兰", "华陇", "新区"]
SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗"
GIVEN = ["建国", "志强", "海燕", "红梅", "国栋", "晓东", "丽娟", "永福", "春生", "玉兰"]


def make_credit_code(region: str, rng: random.Random) -> str:
    """A valid 统一社会信用代码 for an invented company: 91 + region + org code + check."""
    org = "".join(rng.choice(USCC_ALPHABET) for _ in range(9))
    first17 = f"91{region}{org}"
    return first17 + uscc_check_char(first17)


@dataclass(frozen=True)
class DemoResult:
    agency: str
    officers: list[tuple[str, str, str, str]]  # name, certificate, role, password
    enterprises: int


def is_empty(session: Session) -> bool:
    return not session.scalar(select(func.count()).select_from(Agency))


def seed_demo(session: Session, today: date | None = None, seed: int = 2026) -> DemoResult:
    """Seed once; calling again on a seeded database changes nothing and reports the same."""
    today = today or date.today()
    rng = random.Random(seed)
    officers = [(n, c, r.value, p) for n, c, r, p in OFFICERS]
    if not is_empty(session):
        count = session.scalar(select(func.count()).select_from(Enterprise)) or 0
        return DemoResult(AGENCY["name"], officers, count)
    agency = Agency(**AGENCY)
    session.add(agency)
    session.flush()
    for name, cert, role, password in OFFICERS:
        session.add(
            Officer(
                agency_id=agency.id,
                name=name,
                certificate_no=cert,
                role=role,
                password_hash=hash_password(password),
            )
        )
    enterprises = list(_demo_enterprises(rng, today))
    session.add_all(enterprises)
    append_event(
        session,
        "demo.seed",
        "agency",
        agency.id,
        {"officers": len(OFFICERS), "enterprises": len(enterprises)},
    )
    session.flush()
    return DemoResult(agency.name, officers, len(enterprises))


def _demo_enterprises(rng: random.Random, today: date) -> list[Enterprise]:
    result = [
        Enterprise(
            # Scenario 1: the key discharger whose permit expires in 20 days.
            credit_code=make_credit_code("620104", rng),
            name="兰州某精细化工有限公司",
            legal_representative="周建国",
            address="兰州市西固区合水路88号",
            region_code="620104",
            industry="化学原料和化学制品制造业",
            longitude=103.6281,
            latitude=36.0972,
            permit_no="91620104MA7C3K2X1R001P",
            permit_valid_from=today - timedelta(days=1805),
            permit_valid_to=today + timedelta(days=20),
            key_discharge_unit=True,
            positive_list=False,
            contact_person="赵强",
            contact_phone="13909310001",
        )
    ]
    used = {result[0].name}
    while len(result) < 60:
        region, district = rng.choice(DISTRICTS)
        short, long_word, industry = rng.choice(INDUSTRIES)
        brand = rng.choice(BRANDS)
        form = rng.choice(["有限公司", "有限责任公司", "股份有限公司"])
        word = rng.choice([short, long_word])
        name = f"兰州{brand}{word}{form}"
        if name in used:
            continue
        used.add(name)
        code = make_credit_code(region, rng)
        kind = len(result) % 10
        # Permit validity spread: expired, expiring within 30 days, and comfortably valid.
        if kind == 0:
            valid_to = today - timedelta(days=rng.randint(1, 90))
        elif kind in (1, 2):
            valid_to = today + timedelta(days=rng.randint(1, 30))
        else:
            valid_to = today + timedelta(days=rng.randint(60, 1500))
        person = rng.choice(SURNAMES) + rng.choice(GIVEN)
        result.append(
            Enterprise(
                credit_code=code,
                name=name,
                legal_representative=person,
                address=f"兰州市{district}{brand}路{rng.randint(1, 300)}号",
                region_code=region,
                industry=industry,
                longitude=round(103.5 + rng.random() * 0.6, 6),
                latitude=round(35.9 + rng.random() * 0.3, 6),
                permit_no=f"{code}00{rng.randint(1, 9)}{rng.choice('PVUQ')}",
                permit_valid_from=valid_to - timedelta(days=1825),
                permit_valid_to=valid_to,
                key_discharge_unit=rng.random() < 0.3,
                positive_list=kind in (5, 8),
                contact_person=rng.choice(SURNAMES) + rng.choice(GIVEN),
                contact_phone=f"139{rng.randint(0, 99999999):08d}",
            )
        )
    return result
