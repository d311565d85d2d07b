"""The random spot-check draw (双随机): pure, seeded and reproducible.

Everything the draw depends on is in its inputs: the pool snapshot (enterprises and officers
sorted by their natural keys, and the conflict-of-interest pairs), the parameters and the seed.
``run`` never reads the database or the clock, so anyone holding the recorded inputs re-runs it
and gets byte-identical output (reference.md §5: record time, seed/algorithm, pool snapshot).

Algorithm ``draw-v1``: ``random.Random(seed)`` (CPython's Mersenne Twister; string seeds are
hashed with SHA-512, stable across versions and platforms); enterprises by ``rng.sample`` from
each group's sorted pool in turn (groups are the classes with their own proportions, e.g. key
dischargers 5 %, general units 20 %; an enterprise drawn in one group is not drawn again);
officers shuffled once by the same generator, then each drawn enterprise takes the next
officers in that order who have no conflict of interest with it (round robin, so the work
spreads evenly).  Positive-list enterprises (正面清单) get off-site tasks.
"""

from __future__ import annotations

import hashlib
import json
import math
import random
from typing import Any

from inspector_app.i18n import Msg, UserError

ALGORITHM = "draw-v1"


def canonical_sha256(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


def draw_count(pool_size: int, count: int | None, proportion: float | None) -> int:
    if count is not None:
        wanted = count
    elif proportion is not None:
        wanted = math.ceil(pool_size * proportion)
    else:
        raise UserError(Msg("请给出抽取数量或比例", "Give a count or a proportion to draw"))
    if wanted > pool_size:
        raise UserError(
            Msg(
                f"对象库只有 {pool_size} 家企业，不能抽取 {wanted} 家",
                f"The pool holds {pool_size} enterprises; cannot draw {wanted}",
            )
        )
    return wanted


def _sample(pool: dict[str, Any], parameters: dict[str, Any], rng: random.Random) -> list[Any]:
    """Enterprises group by group (e.g. 重点 5 %, 一般 20 %); none is drawn twice."""
    chosen: list[tuple[str, dict[str, Any]]] = []
    taken: set[str] = set()
    for group, wanted_by in zip(pool["groups"], parameters["groups"], strict=True):
        available = [e for e in group["enterprises"] if e["id"] not in taken]
        wanted = draw_count(len(available), wanted_by.get("count"), wanted_by.get("proportion"))
        for enterprise in rng.sample(available, wanted):
            chosen.append((group["label"], enterprise))
            taken.add(enterprise["id"])
    return chosen


def run(pool: dict[str, Any], parameters: dict[str, Any], seed: str) -> dict[str, Any]:
    """Draw enterprises and officer pairs; the same inputs always give the same tasks."""
    officers: list[dict[str, Any]] = pool["officers"]
    conflicts = {(o, e) for o, e in pool["conflicts"]}
    per_task = int(parameters.get("officers_per_task", 2))
    rng = random.Random(seed)
    chosen = _sample(pool, parameters, rng)
    order = list(officers)
    rng.shuffle(order)
    cursor = 0
    tasks = []
    for label, enterprise in chosen:
        picked: list[dict[str, Any]] = []
        for step in range(len(order)):
            officer = order[(cursor + step) % len(order)]
            if (officer["id"], enterprise["id"]) in conflicts:
                continue
            picked.append(officer)
            if len(picked) == per_task:
                cursor = (cursor + step + 1) % len(order)
                break
        if len(picked) < per_task:
            raise UserError(
                Msg(
                    f"{enterprise['name']}：没有足够的无回避关系的执法人员（需要 {per_task} 名）",
                    f"{enterprise['name']}: not enough officers without a conflict of interest "
                    f"(need {per_task})",
                )
            )
        tasks.append(
            {
                "group": label,
                "enterprise_id": enterprise["id"],
                "credit_code": enterprise["credit_code"],
                "enterprise_name": enterprise["name"],
                "kind": "offsite" if enterprise.get("positive_list") else "onsite",
                "officer_ids": [o["id"] for o in picked],
            }
        )
    return {"tasks": tasks}
