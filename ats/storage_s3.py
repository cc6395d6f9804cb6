"""The file store on S3-compatible object storage (ATS_STORAGE_URL=s3://bucket/prefix), so web and worker
machines share files without a shared disk. Same interface and the same two-phase write as FileStore:
stage to a local temp file, upload, then commit; if the commit fails the uploaded objects are deleted."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import urlsplit

import boto3
from botocore.exceptions import ClientError

from ats.storage import _KEY, FileStore, InvalidKey, StagedFile


def parse_url(url: str) -> tuple[str, str]:
    """s3://bucket/some/prefix -> ("bucket", "some/prefix/")."""
    parts = urlsplit(url)
    if parts.scheme != "s3" or not parts.netloc:
        raise ValueError("ATS_STORAGE_URL must look like s3://bucket/prefix")
    prefix = parts.path.strip("/")
    return parts.netloc, f"{prefix}/" if prefix else ""


def _missing(exc: ClientError) -> bool:
    return exc.response.get("Error", {}).get("Code") in ("404", "NoSuchKey", "NotFound")


class S3FileStore(FileStore):
    """Objects at <prefix><2 hex>/<uuid4 hex>; temp files (staging, held uploads) stay on the local disk."""

    def __init__(self, url: str, local_root: Path | str, *, endpoint_url: str | None = None, client: Any = None):
        super().__init__(local_root)
        self.bucket, self.prefix = parse_url(url)
        self.client = client or boto3.client("s3", endpoint_url=endpoint_url or None)

    def object_name(self, key: str) -> str:
        """The object's name; rejects anything but 32 lowercase hex, like FileStore.path."""
        if not isinstance(key, str) or not _KEY.fullmatch(key):
            raise InvalidKey("invalid storage key")
        return f"{self.prefix}{key[:2]}/{key}"

    def persist(self, staged: Sequence[StagedFile], commit: Callable[[], None]) -> None:
        """Upload the staged files, then run `commit`; delete the uploads again if anything fails."""
        placed: list[str] = []
        try:
            for item in staged:
                name = self.object_name(item.key)
                with open(item.temp_path, "rb") as handle:
                    self.client.put_object(Bucket=self.bucket, Key=name, Body=handle)
                placed.append(name)
            commit()
        except BaseException:
            for name in placed:
                self.client.delete_object(Bucket=self.bucket, Key=name)
            raise
        finally:
            self.discard(staged)

    def open(self, key: str) -> BinaryIO:
        return io.BytesIO(self.read(key))

    def read(self, key: str) -> bytes:
        try:
            answer = self.client.get_object(Bucket=self.bucket, Key=self.object_name(key))
        except ClientError as exc:
            if _missing(exc):
                raise FileNotFoundError(key) from exc
            raise
        return bytes(answer["Body"].read())

    def put(self, key: str, data: bytes) -> None:
        self.client.put_object(Bucket=self.bucket, Key=self.object_name(key), Body=data)

    def exists(self, key: str) -> bool:
        try:
            self.client.head_object(Bucket=self.bucket, Key=self.object_name(key))
        except InvalidKey:
            return False
        except ClientError as exc:
            if _missing(exc):
                return False
            raise
        return True

    def delete(self, key: str) -> bool:
        existed = self.exists(key)
        self.client.delete_object(Bucket=self.bucket, Key=self.object_name(key))
        return existed

    def keys(self) -> Iterator[str]:
        pages = self.client.get_paginator("list_objects_v2").paginate(Bucket=self.bucket, Prefix=self.prefix)
        for page in pages:
            for item in page.get("Contents", []):
                shard, _, key = item["Key"][len(self.prefix) :].partition("/")
                if _KEY.fullmatch(key) and key[:2] == shard:
                    yield key
