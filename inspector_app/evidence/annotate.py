"""Annotation: arrows, circles and text drawn on a *copy*, stored as a new, derived item.

The original stays byte for byte as taken; the annotated image is a separate blob whose row
names the parent's SHA-256 and the shapes drawn, so a reviewer can see exactly what was added
(SWGDE: each processed copy is a new file whose integrity is kept too).  Coordinates are
fractions of the displayed (orientation-corrected) image, so the UI can draw at any zoom.
"""

from __future__ import annotations

import io
import math
import uuid
from typing import Annotated, Literal

from PIL import Image, ImageDraw, ImageFont, ImageOps
from pydantic import BaseModel, ConfigDict, Field, TypeAdapter
from sqlalchemy.orm import Session

from inspector_app.evidence.context import EvidenceContext
from inspector_app.evidence.service import get_item
from inspector_app.forms.fonts import FONTS_DIR
from inspector_app.i18n import Msg, UserError
from inspector_app.store import EvidenceItem, EvidenceLink
from inspector_app.store.audit import append_event
from inspector_app.store.base import utcnow

Fraction = Annotated[float, Field(ge=0.0, le=1.0)]
COLOR = (230, 0, 0)
TOOL = "field-inspector annotate/1"


class _Shape(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Arrow(_Shape):
    kind: Literal["arrow"] = "arrow"
    x1: Fraction
    y1: Fraction
    x2: Fraction  # the head
    y2: Fraction


class Circle(_Shape):
    kind: Literal["circle"] = "circle"
    cx: Fraction
    cy: Fraction
    r: Fraction  # fraction of the shorter side


class Text(_Shape):
    kind: Literal["text"] = "text"
    x: Fraction
    y: Fraction
    text: Annotated[str, Field(min_length=1, max_length=200)]


Shape = Annotated[Arrow | Circle | Text, Field(discriminator="kind")]
SHAPES = TypeAdapter(list[Shape])


def _draw(image: Image.Image, shapes: list[Arrow | Circle | Text]) -> None:
    draw = ImageDraw.Draw(image)
    w, h = image.size
    side = min(w, h)
    width = max(2, side // 150)
    font = ImageFont.truetype(str(FONTS_DIR / "wqy-microhei.ttc"), max(12, side // 20), index=0)
    for shape in shapes:
        if isinstance(shape, Arrow):
            x1, y1, x2, y2 = shape.x1 * w, shape.y1 * h, shape.x2 * w, shape.y2 * h
            draw.line([(x1, y1), (x2, y2)], fill=COLOR, width=width)
            angle = math.atan2(y2 - y1, x2 - x1)
            head = width * 6
            for turn in (math.radians(150), math.radians(-150)):
                end = (x2 + head * math.cos(angle + turn), y2 + head * math.sin(angle + turn))
                draw.line([(x2, y2), end], fill=COLOR, width=width)
        elif isinstance(shape, Circle):
            cx, cy, r = shape.cx * w, shape.cy * h, shape.r * side
            draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=COLOR, width=width)
        else:
            draw.text(
                (shape.x * w, shape.y * h),
                shape.text,
                fill=COLOR,
                font=font,
                stroke_width=max(1, width // 2),
                stroke_fill=(255, 255, 255),
            )


def annotate(
    session: Session,
    ctx: EvidenceContext,
    evidence_id: uuid.UUID,
    shapes: list[Arrow | Circle | Text] | list[dict[str, object]],
    by: uuid.UUID,
    caption: str = "",
) -> EvidenceItem:
    """Draw ``shapes`` on a copy of a photo and store it as a new item derived from it.

    Commits (like an import): the new blob is placed before its row commits.
    """
    parent = get_item(session, evidence_id)
    if parent.kind != "photo":
        raise UserError(Msg("只能在照片上标注", "Only photos can be annotated"))
    parsed = SHAPES.validate_python(shapes)
    if not parsed:
        raise UserError(Msg("没有要标注的内容", "Nothing to annotate"))
    with Image.open(ctx.blobs.path_for(parent.sha256)) as original:
        image = ImageOps.exif_transpose(original).convert("RGB")
    _draw(image, parsed)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=92)
    staged = ctx.blobs.stage_bytes(buffer.getvalue())
    intent = ctx.blobs.place(staged)
    try:
        derived = EvidenceItem(
            id=uuid.uuid4(),
            inspection_id=parent.inspection_id,
            seq=_next_seq(session, parent.inspection_id),
            sha256=staged.sha256,
            size=staged.size,
            media_type="image/jpeg",
            kind="photo",
            original_name=f"{parent.original_name.rsplit('.', 1)[0]}_标注.jpg"[:255],
            captured_at=parent.captured_at,
            capture_source=parent.capture_source,
            gps_lat=parent.gps_lat,
            gps_lon=parent.gps_lon,
            gps_alt=parent.gps_alt,
            gps_accuracy_m=parent.gps_accuracy_m,
            camera_make=parent.camera_make,
            camera_model=parent.camera_model,
            width=image.width,
            height=image.height,
            imported_at=utcnow().replace(microsecond=0),
            imported_by=by,
            device_id=ctx.device_id,
            caption=caption.strip() or parent.caption,
            warning="",
            derived_from=parent.sha256,
            derivation={
                "tool": TOOL,
                "parent_seq": parent.seq,
                "shapes": [s.model_dump() for s in parsed],
            },
        )
        derived.links = [
            EvidenceLink(template_id=x.template_id, item_code=x.item_code) for x in parent.links
        ]
        session.add(derived)
        session.flush()
        append_event(
            session,
            "evidence.annotated",
            "evidence",
            derived.id,
            {
                "sha256": derived.sha256,
                "parent_sha256": parent.sha256,
                "inspection": str(parent.inspection_id),
                "seq": derived.seq,
                "shapes": len(parsed),
            },
            officer_id=by,
        )
        session.commit()
    except BaseException:
        session.rollback()
        ctx.blobs.undo(intent)
        raise
    finally:
        ctx.blobs.discard(staged)
    ctx.blobs.done(intent)
    image.thumbnail((256, 256))
    ctx.thumbs.save(derived.sha256, image)
    return derived


def _next_seq(session: Session, inspection_id: uuid.UUID) -> int:
    from sqlalchemy import func, select

    seq = session.scalar(
        select(func.max(EvidenceItem.seq)).where(EvidenceItem.inspection_id == inspection_id)
    )
    return (seq or 0) + 1
