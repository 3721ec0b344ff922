"""Kit images: decoded by Pillow to verify them, size capped, re-encoded without metadata, stored
under the instance path.

Invariants a reader must not break:
- What is stored is never the uploaded bytes: every upload is decoded in full (a truncated or forged
  file is refused) and re-encoded, so EXIF (camera, GPS position, date), XMP and text chunks never
  reach other people. The EXIF orientation is applied to the pixels first, so the picture still
  looks the way the author saw it.
- The pixel count is checked from the header *before* decoding (a 97 KB PNG can declare 10000×10000
  pixels and unpack to 400 MB); Pillow's ``DecompressionBombWarning`` is turned into a refusal too.
- The web root (``advocacy/static``) never holds uploads; images are served by a guarded view
  with the stored content type and ``nosniff``.
"""
from __future__ import annotations

import hashlib
import io
import os
import secrets
import warnings
from dataclasses import dataclass
from pathlib import Path

from flask import current_app
from flask_babel import gettext as _
from PIL import Image, ImageOps, ImageSequence

from advocacy.core.errors import DomainError

MAX_BYTES = 5 * 1024 * 1024
MAX_SIDE = 10000  # pixels per side
# 36 million pixels: LinkedIn's documented ceiling for a shared image (Images API), above any
# phone camera's default output; decoding it needs ~150 MB as RGBA, which a web worker can afford.
MAX_PIXELS = 36_000_000
MAX_FRAMES = 100  # an animated GIF/WebP: every frame is decoded
TYPES = {"png": "image/png", "jpeg": "image/jpeg", "gif": "image/gif", "webp": "image/webp"}
_FORMATS = {"PNG": "png", "JPEG": "jpeg", "GIF": "gif", "WEBP": "webp"}
# What survives the re-encoding: how to draw the pixels, nothing about who, where or when.
_KEEP_INFO = ("transparency", "icc_profile", "duration", "loop", "background", "disposal")


class ImageError(DomainError, ValueError):
    status = 422

    def __init__(self, code: str, message: str):
        super().__init__(code, message, "image")


@dataclass(frozen=True)
class Cleaned:
    """A verified image: its kind, size and the re-encoded bytes that get stored."""

    kind: str
    width: int
    height: int
    data: bytes

    @property
    def content_type(self) -> str:
        return TYPES[self.kind]


def _not_an_image() -> ImageError:
    return ImageError("not_an_image", _("This file is not a PNG, JPEG, GIF or WebP image."))


def _too_many_pixels() -> ImageError:
    return ImageError("too_many_pixels", _(
        "The image has too many pixels: at most %(limit)d million pixels and %(side)d pixels per side.",
        limit=MAX_PIXELS // 1_000_000, side=MAX_SIDE))


def _strip(frame: Image.Image) -> Image.Image:
    frame.info = {key: value for key, value in frame.info.items() if key in _KEEP_INFO}
    return frame


def _encode(image: Image.Image, kind: str) -> bytes:
    out = io.BytesIO()
    frames = getattr(image, "n_frames", 1)
    if kind == "jpeg":
        if image.mode not in ("RGB", "L", "CMYK"):
            image = image.convert("RGB")
        _strip(image).save(out, "JPEG", quality=90, optimize=True, icc_profile=image.info.get("icc_profile"))
    elif kind == "png":
        _strip(image).save(out, "PNG", optimize=False, icc_profile=image.info.get("icc_profile"))
    elif frames > 1:  # animated GIF or WebP: every frame, its timing, no metadata
        sequence = [_strip(frame.copy()) for frame in ImageSequence.Iterator(image)]
        options = {"save_all": True, "append_images": sequence[1:], "loop": image.info.get("loop", 0),
                   "duration": [frame.info.get("duration", 100) for frame in sequence]}
        if kind == "webp":
            options.update(quality=90)
        sequence[0].save(out, "GIF" if kind == "gif" else "WEBP", **options)
    elif kind == "gif":
        _strip(image).save(out, "GIF")
    else:
        _strip(image).save(out, "WEBP", quality=90, icc_profile=image.info.get("icc_profile"))
    return out.getvalue()


def check(data: bytes) -> Cleaned:
    """Verify an upload and return it re-encoded without metadata, or raise ``ImageError``."""
    if len(data) > MAX_BYTES:
        raise ImageError("too_large", _("The image is larger than %(mb)d MB.", mb=MAX_BYTES // (1024 * 1024)))
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data), formats=list(_FORMATS))
        except (Image.DecompressionBombWarning, Image.DecompressionBombError):
            raise _too_many_pixels() from None
        except (OSError, ValueError, SyntaxError, EOFError):  # Pillow's "cannot identify" and friends
            raise _not_an_image() from None
        with image:
            kind = _FORMATS[image.format]
            width, height = image.size
            frames = getattr(image, "n_frames", 1) if kind in ("gif", "webp") else 1
            if width > MAX_SIDE or height > MAX_SIDE or width * height > MAX_PIXELS:
                raise _too_many_pixels()
            if frames > MAX_FRAMES or width * height * frames > MAX_PIXELS * 4:
                raise ImageError("too_many_frames", _(
                    "The animation has too many frames (%(frames)d); make it shorter or smaller.", frames=frames))
            try:
                image.load()
                if frames == 1:
                    image = ImageOps.exif_transpose(image)
                cleaned = _encode(image, kind)
            except (Image.DecompressionBombWarning, Image.DecompressionBombError):
                raise _too_many_pixels() from None
            except (OSError, ValueError, SyntaxError, EOFError):  # truncated or corrupt pixel data
                raise _not_an_image() from None
            width, height = image.size
    if len(cleaned) > MAX_BYTES:
        raise ImageError("too_large", _("The image is larger than %(mb)d MB.", mb=MAX_BYTES // (1024 * 1024)))
    return Cleaned(kind, width, height, cleaned)


def upload_dir() -> Path:
    path = Path(current_app.instance_path) / "uploads" / "kits"
    path.mkdir(parents=True, exist_ok=True)
    return path


def store(cleaned: Cleaned) -> tuple[str, str]:
    """Write the re-encoded bytes under the instance path; return (stored name, sha256)."""
    name = f"{secrets.token_hex(16)}.{cleaned.kind}"
    target = upload_dir() / name
    tmp = target.with_suffix(".part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o640)
    with os.fdopen(fd, "wb") as handle:
        handle.write(cleaned.data)
    os.replace(tmp, target)
    return name, hashlib.sha256(cleaned.data).hexdigest()


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
