"""The S3 file store against a local S3-compatible server (moto in server mode, started here): the same
contract as the disk store, and one application end to end with its files in the bucket."""

from __future__ import annotations

import hashlib
import io
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path
from uuid import uuid4

import pytest
from sqlalchemy import select

from ats import create_app
from ats.applications.files import file_store
from ats.applications.models import Application
from ats.extensions import db
from ats.jobs.services import create_job
from ats.storage import FileStore, InvalidKey
from tests.services import require

boto3 = pytest.importorskip("boto3")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def s3_endpoint():
    """A moto S3 server on 127.0.0.1 for the whole session."""
    server = shutil.which("moto_server", path=str(Path(sys.executable).parent))
    require("moto_server (the dev extra moto[server])", server is not None)
    port = _free_port()
    process = subprocess.Popen(
        [server, "-H", "127.0.0.1", "-p", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            break
        except OSError:
            time.sleep(0.2)
    yield f"http://127.0.0.1:{port}"
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture
def aws_env(monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")


@pytest.fixture
def bucket(s3_endpoint, aws_env):
    name = f"ats-{uuid4().hex[:12]}"
    boto3.client("s3", endpoint_url=s3_endpoint).create_bucket(Bucket=name)
    return name


@pytest.fixture(params=["disk", "s3"])
def any_store(request, tmp_path):
    """Each contract test runs on the disk store and on the S3 store."""
    if request.param == "disk":
        return FileStore(tmp_path / "files")
    from ats.storage_s3 import S3FileStore  # the optional extra, as the app imports it

    endpoint = request.getfixturevalue("s3_endpoint")
    name = request.getfixturevalue("bucket")
    return S3FileStore(f"s3://{name}/resumes", tmp_path / "local", endpoint_url=endpoint)


def test_persist_then_read_exists_keys_delete(any_store):
    staged = any_store.stage(b"resume bytes")
    committed: list[bool] = []
    any_store.persist([staged], lambda: committed.append(any_store.exists(staged.key)))
    assert committed == [True]  # stored before the commit runs
    assert any_store.read(staged.key) == b"resume bytes"
    with any_store.open(staged.key) as handle:
        assert handle.read() == b"resume bytes"
    assert list(any_store.keys()) == [staged.key]
    assert list(any_store.tmp_dir.iterdir()) == []
    assert any_store.delete(staged.key) is True and any_store.delete(staged.key) is False
    assert not any_store.exists(staged.key) and list(any_store.keys()) == []
    with pytest.raises(FileNotFoundError):
        any_store.read(staged.key)


def test_a_failed_commit_leaves_no_object_and_no_temp_file(any_store):
    staged = [any_store.stage(b"one"), any_store.stage(b"two")]

    def failing_commit():
        raise RuntimeError("database said no")

    with pytest.raises(RuntimeError):
        any_store.persist(staged, failing_commit)
    assert list(any_store.keys()) == [] and list(any_store.tmp_dir.iterdir()) == []


def test_put_reconcile_and_key_checks(any_store):
    key = uuid4().hex
    any_store.put(key, b"restored")
    assert any_store.read(key) == b"restored"
    missing = uuid4().hex
    report = any_store.reconcile([missing])
    assert report.missing == [missing] and report.stray == [key]
    for bad in ("../../etc/passwd", "A" * 32, ""):
        assert not any_store.exists(bad)
        with pytest.raises(InvalidKey):
            any_store.read(bad)


def test_an_application_end_to_end_with_its_files_in_s3(s3_endpoint, bucket, app, app_config, resume_bytes):
    """Apply through the portal of an app whose files live in the bucket; screening reads them back from there."""
    s3_app = create_app({**app_config, "STORAGE_URL": f"s3://{bucket}/ats", "S3_ENDPOINT_URL": s3_endpoint})
    with s3_app.app_context():
        slug = create_job({"title": "S3 Role", "status": "open", "summary": "Help customers."}, actor=None).slug
    response = s3_app.test_client().post(
        f"/careers/{slug}/apply",
        data={
            "submission_id": "s3-end-to-end",
            "name": "Dana Example",
            "email": "dana@example.org",
            "consent": "y",
            "resume": (io.BytesIO(resume_bytes("pdf")), "cv.pdf", "application/pdf"),
        },
        content_type="multipart/form-data",
    )
    assert response.status_code == 303, response.get_data(as_text=True)[:800]
    with s3_app.app_context():
        application = db.session.scalar(select(Application))
        resume = application.document("resume")
        assert application.screening_status == "done" and resume.extraction_status == "done"
        name = f"ats/{resume.storage_key[:2]}/{resume.storage_key}"
        body = boto3.client("s3", endpoint_url=s3_endpoint).get_object(Bucket=bucket, Key=name)["Body"].read()
        assert hashlib.sha256(body).hexdigest() == resume.sha256
        assert not any(p.is_file() for p in (Path(app_config["STORAGE_DIR"]) / "store").rglob("*"))
        assert file_store().exists(resume.storage_key)
        db.session.remove()
        db.engine.dispose()
