"""A voided document keeps its number, and a reprint of it from the Documents page is stamped
作废 with the reason on every page, so it cannot be served as a valid document."""

from __future__ import annotations

import subprocess
from datetime import date

from casehelpers import World

from inspector_app.cases.issuing import issue_document
from inspector_app.cases.numbering import void_number
from inspector_app.document_list import document_pdf
from inspector_app.forms.samples import sample


def _text(pdf: bytes) -> str:
    done = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True)
    return done.stdout.decode("utf-8")


def test_a_voided_document_reprints_stamped_void(world: World) -> None:
    data = sample("order_to_correct")
    data.pop("number")
    with world.db.session() as s:
        doc = issue_document(
            s, world.agency, "order_to_correct", data, date(2026, 11, 20), world.li
        )
        doc_id, number, stored = doc.id, doc.number, doc.pdf
    with world.db.session() as s:
        pdf, digest = document_pdf(s, doc_id)
        assert pdf == stored and "作废" not in _text(pdf)  # valid: the stored bytes
        void_number(s, number, "当事人名称有误", by=world.li)
    with world.db.session() as s:
        pdf, digest = document_pdf(s, doc_id)
    text = _text(pdf)
    pages = text.count("\f")
    assert text.count("本文书已作废：当事人名称有误") == pages  # on every page
    assert number in text and digest  # the number stays, the stored file is unchanged
