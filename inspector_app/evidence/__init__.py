"""Evidence: the write-once blob store, ingest, verification, export, samples, documents.

Nothing is re-exported here, so importing the package stays cheap at start-up (Pillow and
reportlab load only when evidence work begins).  What the UI and the CLI call:

- ``context.EvidenceContext.from_paths(paths, settings)``: blob store, thumbnail cache,
  device id and size limit, built once and passed to every call below.
- ``ingest.ingest_files(session, ctx, paths, inspection_id, officer_id, item=None,
  progress=None, cancelled=None) -> IngestReport`` (commits per file; run on a worker with
  its own session); ``ingest.recover(session, ctx)`` once at start-up.
- ``service``: ``list_evidence``, ``get_item``, ``set_caption``, ``link_item``, ``unlink_item``,
  ``withdraw``, ``log_access``, ``thumbnail_path`` (builds when missing), ``details`` (EXIF
  panel), ``original_path``.
- ``annotate.annotate(session, ctx, evidence_id, shapes, by)`` with ``Arrow``, ``Circle``,
  ``Text`` (coordinates as fractions of the upright image).
- ``verify.verify_blobs(session, blobs)``; ``export.export_package(session, ctx, inspection_id,
  folder, by)``.
- ``samples``: ``record_sample``, ``seal_sample``, ``hand_to_lab``, ``list_samples``.
- ``documents.generate(session, ctx, "photos" | "edata" | "samples", inspection_id, by)``.
"""
