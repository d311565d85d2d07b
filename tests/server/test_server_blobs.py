"""Evidence upload: resumable after a dropped connection, verified before it is accepted."""

import hashlib
import os
import socket

CHUNK = 64 * 1024


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def send_half_a_chunk_and_hang_up(
    server, token: str, digest: str, offset: int, chunk: bytes
) -> None:
    """What a dropped mobile link does: headers and part of the body, then nothing."""
    head = (
        f"PATCH /v1/blobs/{digest}/upload HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        f"Authorization: Bearer {token}\r\nUpload-Offset: {offset}\r\n"
        f"Content-Type: application/offset+octet-stream\r\nContent-Length: {len(chunk)}\r\n\r\n"
    )
    with socket.create_connection(("127.0.0.1", server.port)) as sock:
        sock.sendall(head.encode() + chunk[: len(chunk) // 2])
    # closed here, mid-body


def test_interrupted_upload_resumes_from_the_servers_offset(agency, server) -> None:
    officer = agency.login("O1")
    token = officer.headers["Authorization"].removeprefix("Bearer ")
    data = os.urandom(5 * CHUNK + 123)  # a photo-sized blob of 6 chunks
    digest = sha(data)
    path = f"/v1/blobs/{digest}/upload"

    assert officer.post("/v1/blobs/missing", json={"hashes": [digest]}).json()["missing"] == [
        digest
    ]
    assert officer.post(path, json={"size": len(data)}).json()["offset"] == 0
    for offset in (0, CHUNK):
        response = officer.patch(
            path, content=data[offset : offset + CHUNK], headers={"Upload-Offset": str(offset)}
        )
        assert response.json()["offset"] == offset + CHUNK

    send_half_a_chunk_and_hang_up(server, token, digest, 2 * CHUNK, data[2 * CHUNK : 3 * CHUNK])

    state = officer.get(path).json()
    assert state == {"sha256": digest, "size": len(data), "offset": 2 * CHUNK, "complete": False}
    # A stale client that thinks it is further along is told where the server stands.
    stale = officer.patch(
        path, content=data[4 * CHUNK : 5 * CHUNK], headers={"Upload-Offset": str(4 * CHUNK)}
    )
    assert stale.status_code == 409 and str(2 * CHUNK) in stale.json()["detail"]["en"]

    offset = state["offset"]
    while offset < len(data):
        chunk = data[offset : offset + CHUNK]
        response = officer.patch(
            path,
            content=chunk,
            headers={"Upload-Offset": str(offset), "Upload-Chunk-SHA256": sha(chunk)},
        )
        assert response.status_code == 200, response.text
        offset = response.json()["offset"]
    assert response.json()["complete"] is True
    assert officer.post("/v1/blobs/missing", json={"hashes": [digest]}).json()["missing"] == []
    reviewer = agency.login("R1")
    assert reviewer.get(f"/v1/blobs/{digest}").content == data


def test_a_blob_that_does_not_match_its_hash_is_refused(agency) -> None:
    officer = agency.login("O1")
    original = os.urandom(3000)
    tampered = original[:1000] + b"X" + original[1001:]
    digest = sha(original)
    path = f"/v1/blobs/{digest}/upload"
    officer.post(path, json={"size": len(tampered)})
    response = officer.patch(path, content=tampered, headers={"Upload-Offset": "0"})
    assert response.status_code == 422
    assert response.json()["detail"]["code"] == "tampered"
    assert "拒收" in response.json()["detail"]["zh"]
    assert officer.post("/v1/blobs/missing", json={"hashes": [digest]}).json()["missing"] == [
        digest
    ]
    assert agency.login("R1").get(f"/v1/blobs/{digest}").status_code == 404

    # A chunk damaged on the way is refused before it is written.
    officer.post(path, json={"size": len(original)})
    bad = officer.patch(
        path, content=tampered, headers={"Upload-Offset": "0", "Upload-Chunk-SHA256": digest}
    )
    assert bad.status_code == 422 and officer.get(path).json()["offset"] == 0
