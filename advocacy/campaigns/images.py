"""Kit images: type sniffed from the bytes, size capped, stored under the instance path.

The web root (``advocacy/static``) never holds uploads; images are served by a guarded view
with the stored content type and ``nosniff``.
"""
from __future__ import annotations

import hashlib
import os
import secrets
import struct
from dataclasses import dataclass
from pathlib import Path

from flask import current_app

MAX_BYTES = 5 * 1024 * 1024
MAX_PIXELS = 10000  # per side
TYPES = {"png": "image/png", "jpeg": "image/jpeg", "gif": "image/gif", "webp": "image/webp"}


class ImageError(ValueError):
    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Sniffed:
    kind: str
    width: int
    height: int

    @property
    def content_type(self) -> str:
        return TYPES[self.kind]


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    i = 2
    while i + 9 < len(data):
        if data[i] != 0xFF:
            return None
        marker = data[i + 1]
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            i += 2
            continue
        length = struct.unpack(">H", data[i + 2:i + 4])[0]
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height, width = struct.unpack(">HH", data[i + 5:i + 9])
            return width, height
        i += 2 + length
    return None


def sniff(data: bytes) -> Sniffed | None:
    """Recognise PNG, JPEG, GIF and WebP from their headers (the file name and declared type do not count)."""
    size = None
    kind = None
    if data.startswith(b"\x89PNG\r\n\x1a\n") and data[12:16] == b"IHDR" and len(data) >= 24:
        kind, size = "png", struct.unpack(">II", data[16:24])
    elif data.startswith(b"\xff\xd8\xff"):
        kind, size = "jpeg", _jpeg_size(data)
    elif data[:6] in (b"GIF87a", b"GIF89a") and len(data) >= 10:
        kind, size = "gif", struct.unpack("<HH", data[6:10])
    elif data[:4] == b"RIFF" and data[8:12] == b"WEBP" and len(data) >= 30:
        kind = "webp"
        chunk = data[12:16]
        if chunk == b"VP8 ":
            w, h = struct.unpack("<HH", data[26:30])
            size = (w & 0x3FFF, h & 0x3FFF)
        elif chunk == b"VP8L":
            b = data[21:25]
            size = (1 + (((b[1] & 0x3F) << 8) | b[0]), 1 + (((b[3] & 0xF) << 10) | (b[2] << 2) | ((b[1] & 0xC0) >> 6)))
        elif chunk == b"VP8X":
            size = (1 + int.from_bytes(data[24:27], "little"), 1 + int.from_bytes(data[27:30], "little"))
    if kind is None or not size or not all(0 < s <= MAX_PIXELS for s in size):
        return None
    return Sniffed(kind, int(size[0]), int(size[1]))


def upload_dir() -> Path:
    path = Path(current_app.instance_path) / "uploads" / "kits"
    path.mkdir(parents=True, exist_ok=True)
    return path


def check(data: bytes) -> Sniffed:
    if len(data) > MAX_BYTES:
        from flask_babel import gettext as _

        raise ImageError("too_large", _("The image is larger than %(mb)d MB.", mb=MAX_BYTES // (1024 * 1024)))
    found = sniff(data)
    if found is None:
        from flask_babel import gettext as _

        raise ImageError("not_an_image", _("This file is not a PNG, JPEG, GIF or WebP image."))
    return found


def store(data: bytes, found: Sniffed) -> tuple[str, str]:
    """Write the bytes under the instance path; return (stored name, sha256)."""
    name = f"{secrets.token_hex(16)}.{found.kind}"
    target = upload_dir() / name
    tmp = target.with_suffix(".part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o640)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    os.replace(tmp, target)
    return name, hashlib.sha256(data).hexdigest()


def path_of(stored_name: str) -> Path:
    path = (upload_dir() / stored_name).resolve()
    if path.parent != upload_dir().resolve():
        raise FileNotFoundError(stored_name)
    return path


def remove(stored_name: str) -> None:
    try:
        path_of(stored_name).unlink()
    except FileNotFoundError:
        pass
