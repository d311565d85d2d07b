"""The enterprise table model: keyset browsing, search results, and Qt's model contract."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt

from inspector_app.store.engine import Database
from inspector_app.ui.enterprise_model import Column, EnterpriseTableModel, permit_note
from inspector_app.ui.enterprise_records import PermitState, permit_state

NAMES = ["兰州某精细化工有限公司", "白银有色金属有限公司", "兰州新区水泥有限公司", "重庆长江化工厂"]
TODAY = date(2026, 11, 20)  # as the `today` fixture
Add = Callable[..., list]


def model_for(db: Database, **kwargs: object) -> EnterpriseTableModel:
    return EnterpriseTableModel(db.sessions, today=lambda: TODAY, **kwargs)  # type: ignore[arg-type]


def names_in(model: EnterpriseTableModel) -> list[str]:
    return [model.index(r, Column.NAME).data() for r in range(model.rowCount())]


def test_browse_fetches_on_demand_in_name_order(database: Database, add_enterprises: Add) -> None:
    # 450 rows with repeated names, so the keyset must order by (name, id), not name alone.
    add_enterprises([f"企业{i % 150:03d}" for i in range(450)])
    model = model_for(database)
    root = QModelIndex()
    assert model.rowCount() == 200
    assert model.canFetchMore(root)
    model.fetchMore(root)
    assert model.rowCount() == 400
    model.fetchMore(root)
    assert model.rowCount() == 450
    assert not model.canFetchMore(root)
    rows = [model.row_at(r) for r in range(450)]
    assert len({r.id for r in rows}) == 450
    assert [(r.name, r.id.hex) for r in rows] == sorted((r.name, r.id.hex) for r in rows)


def test_search_shows_matches_only(database: Database, add_enterprises: Add) -> None:
    add_enterprises(NAMES)
    model = model_for(database)
    model.set_query("化工")
    assert model.searching
    assert set(names_in(model)) == {"兰州某精细化工有限公司", "重庆长江化工厂"}
    assert not model.canFetchMore(QModelIndex())
    model.set_query("cqcj")  # pinyin initials of 重庆长江
    assert names_in(model) == ["重庆长江化工厂"]
    assert model.index(0, Column.NAME).data(Qt.ItemDataRole.ToolTipRole) == "拼音首字母匹配"
    model.set_query("  ")
    assert not model.searching
    assert len(names_in(model)) == 4


@pytest.mark.parametrize("force_py", [False, True], ids=["qt-tester", "py-tester"])
@pytest.mark.parametrize("query", ["", "化工"], ids=["browse", "search"])
def test_model_contract(
    database: Database, add_enterprises: Add, qtmodeltester, query: str, force_py: bool
) -> None:
    """Qt's C++ QAbstractItemModelTester and pytest-qt's Python port (which also fetches more)."""
    add_enterprises([f"化工企业{i:03d}" for i in range(250)])
    model = model_for(database, page_size=50)
    model.set_query(query)
    qtmodeltester.check(model, force_py=force_py)


def test_permit_column_is_coloured_by_days_left(database: Database, add_enterprises: Add) -> None:
    add_enterprises(["甲化工"], permit_valid_to=TODAY - timedelta(days=3))
    add_enterprises(["乙化工"], permit_valid_to=TODAY + timedelta(days=10))
    add_enterprises(["丙化工"], permit_valid_to=TODAY + timedelta(days=300))
    model = model_for(database)
    cells = [model.index(r, Column.PERMIT_VALID_TO) for r in range(3)]
    tips = [c.data(Qt.ItemDataRole.ToolTipRole) for c in cells]
    colours = [c.data(Qt.ItemDataRole.ForegroundRole) for c in cells]
    by_name = dict(zip(names_in(model), zip(tips, colours, strict=True), strict=True))
    assert by_name["甲化工"][0] == "已过期 3 天"
    assert by_name["乙化工"][0] == "还剩 10 天"
    assert by_name["甲化工"][1].name() == "#c62828"
    assert by_name["乙化工"][1].name() == "#b26a00"
    assert by_name["丙化工"][1] is None


@pytest.mark.parametrize(
    ("days", "state"),
    [
        (-1, PermitState.EXPIRED),
        (0, PermitState.EXPIRING),
        (30, PermitState.EXPIRING),
        (31, PermitState.VALID),
    ],
)
def test_permit_state_boundaries(days: int, state: PermitState) -> None:
    assert permit_state(TODAY + timedelta(days=days), TODAY) == (state, days)


def test_permit_note_for_unknown_date_is_empty() -> None:
    assert permit_note(None, TODAY) == ("", None)
