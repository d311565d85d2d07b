"""Putting a document made in the party's inspections into a case by hand."""

from __future__ import annotations

from datetime import date

import pytest
from casehelpers import SETTINGS, World

from inspector_app.cases.issuing import issue_document
from inspector_app.cases.numbering import void_number
from inspector_app.cases.records import attachable_documents
from inspector_app.cases.service import attach_document, open_case
from inspector_app.forms.samples import sample
from inspector_app.i18n import UserError

DAY = date(2026, 11, 24)


def test_only_current_unfiled_documents_of_the_party_are_offered(world: World) -> None:
    visit = world.inspect("hw", {"a2": "包装桶无识别标志"}, DAY)
    elsewhere = world.inspect("air", {}, DAY, enterprise=world.other)
    with world.db.session() as s:
        case_id = open_case(
            s, by=world.li, opened_on=DAY, inspection_id=visit, settings=SETTINGS
        ).id

    def issue(inspection):
        with world.db.session() as s:
            return issue_document(
                s,
                world.agency,
                "sampling_record",
                sample("sampling_record"),
                DAY,
                world.li,
                inspection_id=inspection,
            )

    first = issue(visit)
    with world.db.session() as s:
        old = s.get(type(first), first.id)
        fixed = issue_document(
            s,
            world.agency,
            "sampling_record",
            sample("sampling_record"),
            DAY,
            world.li,
            inspection_id=visit,
            supersedes=old,
        )
    order = sample("order_to_correct")
    order.pop("number")
    with world.db.session() as s:
        voided = issue_document(
            s, world.agency, "order_to_correct", order, DAY, world.li, inspection_id=visit
        )
        void_number(s, voided.number, "填写错误", world.li)
    issue(elsewhere)  # another enterprise's visit

    with world.db.session() as s:
        offered = [d.id for d in attachable_documents(s, case_id)]
    assert offered == [fixed.id]  # not the old version, the voided one or another party's

    with world.db.session() as s:
        attach_document(s, case_id, fixed.id, world.li)
    with world.db.session() as s:
        assert attachable_documents(s, case_id) == []
        with pytest.raises(UserError, match="已在案卷中"):
            attach_document(s, case_id, fixed.id, world.li)
