"""Kit images through Pillow: real files generated here, decoded to verify, bombs refused,
EXIF/GPS/XMP/text metadata removed by the re-encoding (the stored file is read back from disk)."""
import io
import zlib
from struct import pack

import pytest
from PIL import ExifTags, Image, ImageSequence, PngImagePlugin

from advocacy.campaigns import authoring, images
from advocacy.campaigns.errors import Invalid

GPS = {ExifTags.GPS.GPSLatitudeRef: "N", ExifTags.GPS.GPSLatitude: (48.0, 51.0, 24.0),
       ExifTags.GPS.GPSLongitudeRef: "E", ExifTags.GPS.GPSLongitude: (2.0, 21.0, 7.0)}

# How to draw the pixels; JFIF is the JPEG container header Pillow always writes, and Pillow 13 reports
# WebP's animation fields (timestamp, duration) even for a still image (no personal data).
ALLOWED_INFO = {"icc_profile", "transparency", "loop", "background", "timestamp", "duration", "jfif",
                "jfif_version", "jfif_unit", "jfif_density", "progressive", "progression"}


def photo_with_gps(kind="JPEG", size=(64, 48), orientation=None) -> bytes:
    """A camera-like photo: a red left half, EXIF maker, date, GPS position and XMP."""
    image = Image.new("RGB", size, "blue")
    image.paste((255, 0, 0), (0, 0, size[0] // 2, size[1]))
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "PhoneMaker"
    exif[ExifTags.Base.Model] = "Model X"
    exif[ExifTags.Base.DateTime] = "2026:11:28 09:15:00"
    if orientation:
        exif[ExifTags.Base.Orientation] = orientation
    exif.get_ifd(ExifTags.IFD.GPSInfo).update(GPS)
    out = io.BytesIO()
    options = {"exif": exif}
    if kind in ("JPEG", "WEBP"):
        options["xmp"] = (b'<x:xmpmeta xmlns:x="adobe:ns:meta/">'
                          b"<exif:GPSLatitude>48,51.4N</exif:GPSLatitude></x:xmpmeta>")
    if kind == "PNG":
        info = PngImagePlugin.PngInfo()
        info.add_text("Author", "Jeanne Salariée")
        info.add_text("Location", "48.8566 N, 2.3522 E")
        options["pnginfo"] = info
    image.save(out, kind, **options)
    return out.getvalue()


def bomb_png(width=10000, height=10000) -> bytes:
    """A valid PNG whose header declares width × height black pixels: a few hundred KB at most."""
    def chunk(kind, body):
        return pack(">I", len(body)) + kind + body + pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

    row = b"\x00" + b"\x00" * ((width + 7) // 8)  # filter byte + 1-bit greyscale row
    compressor = zlib.compressobj(9)
    raw = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0))
            + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


def metadata_of(data: bytes) -> dict:
    with Image.open(io.BytesIO(data)) as image:
        rgb = image.convert("RGB")
        return {"exif": dict(image.getexif()), "info": {k: v for k, v in image.info.items() if k != "dpi"},
                "format": image.format, "size": image.size,
                "left": rgb.getpixel((1, 1)), "right": rgb.getpixel((image.width - 2, 1))}


@pytest.fixture
def kit(make_campaign, marketer):
    return authoring.save_kit(make_campaign(), {"title": "K", "variants": {("linkedin", "fr"): "Texte"}},
                              actor=marketer)


def add(kit, marketer, data, name="photo.jpg"):
    return authoring.add_image(kit, data, filename=name, alt_text="Une photo", retouched=False, virtual=False,
                               actor=marketer)


@pytest.mark.parametrize("kind", ["JPEG", "PNG", "WEBP"])
def test_upload_is_stored_without_exif_gps_xmp_or_text(app, kit, marketer, kind):
    data = photo_with_gps(kind)
    before = metadata_of(data)
    assert before["exif"] and (before["info"] or kind == "WEBP")  # the generator really wrote metadata
    image = add(kit, marketer, data, f"photo.{kind.lower()}")
    stored = images.path_of(image.stored_name).read_bytes()
    after = metadata_of(stored)
    assert after["exif"] == {} and not set(after["info"]) - ALLOWED_INFO
    assert b"PhoneMaker" not in stored and b"48,51" not in stored and b"Jeanne" not in stored
    assert after["format"] == kind and after["size"] == (64, 48) and (image.width, image.height) == (64, 48)
    assert after["left"][0] > 200 and after["right"][2] > 200  # still the same picture
    assert image.size == len(stored)


def test_exif_orientation_is_applied_to_the_pixels_before_it_is_dropped(app, kit, marketer):
    image = add(kit, marketer, photo_with_gps(size=(64, 48), orientation=6))  # 6: rotate 90° clockwise
    stored = metadata_of(images.path_of(image.stored_name).read_bytes())
    assert stored["size"] == (48, 64) and (image.width, image.height) == (48, 64) and stored["exif"] == {}


def test_decompression_bomb_is_refused_with_a_clear_message(app, kit, marketer):
    data = bomb_png()
    assert len(data) < 200_000  # tiny on the wire
    with pytest.raises(Invalid) as exc:
        add(kit, marketer, data, "bomb.png")
    assert "36" in exc.value.errors["image"] and "10000" in exc.value.errors["image"]
    # past Pillow's own threshold (89 Mpx) its DecompressionBombWarning is a refusal as well
    with pytest.raises(images.ImageError) as caught:
        images.check(bomb_png(9500, 9500))
    assert caught.value.code == "too_many_pixels"
    with pytest.raises(images.ImageError) as caught:
        images.check(bomb_png(6100, 6000))  # under 10000 a side, over 36 Mpx
    assert caught.value.code == "too_many_pixels"
    assert images.check(bomb_png(1000, 1000)).width == 1000


def test_truncated_or_forged_files_are_refused(app, kit, marketer):
    data = photo_with_gps("PNG", size=(300, 300))
    with pytest.raises(images.ImageError) as caught:
        images.check(data[: len(data) // 2])
    assert caught.value.code == "not_an_image"
    for forged in (b"\x89PNG\r\n\x1a\n" + b"\0" * 40, b"GIF89a not really", b"<svg onload=alert(1)>",
                   b"%PDF-1.7\n" + b"\0" * 100):
        with pytest.raises(images.ImageError) as caught:
            images.check(forged)
        assert caught.value.code == "not_an_image"
    tiff = io.BytesIO()
    Image.new("RGB", (4, 4)).save(tiff, "TIFF")
    with pytest.raises(images.ImageError):
        images.check(tiff.getvalue())  # Pillow reads it, we do not take it


def test_animated_gif_keeps_its_frames(app, kit, marketer):
    frames = [Image.new("RGB", (20, 20), color) for color in ("red", "green", "blue")]
    out = io.BytesIO()
    frames[0].save(out, "GIF", save_all=True, append_images=frames[1:], duration=120, loop=0,
                   comment=b"made by someone")
    image = add(kit, marketer, out.getvalue(), "anim.gif")
    with Image.open(images.path_of(image.stored_name)) as stored:
        assert stored.format == "GIF" and sum(1 for _ in ImageSequence.Iterator(stored)) == 3
        assert "comment" not in stored.info


def test_bomb_upload_through_the_page_is_a_form_error(app, browser, marketer, kit):
    response = browser(marketer).post(f"/kits/{kit.id}/images", content_type="multipart/form-data", data={
        "image": (io.BytesIO(bomb_png()), "bomb.png"), "alt_text": "Une image"})
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert "36" in page and ("pixels" in page) and not kit.images
