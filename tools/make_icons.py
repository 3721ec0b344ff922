"""Draw Porte-voix's app icons (PNG for the web app manifest, ICO for ``/favicon.ico``) with Pillow.

The committed files under ``advocacy/static/icons/`` come from this script; run it again after a
change to the mark: ``.venv/bin/python tools/make_icons.py``. The drawing follows
``advocacy/static/icons/logo.svg`` (a megaphone on the brand violet, 100 × 100 units)."""
from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent.parent / "advocacy" / "static" / "icons"
BRAND = (75, 41, 145, 255)    # --brand #4b2991
WHITE = (255, 255, 255, 255)
CORAL = (255, 179, 138, 255)  # the sound waves


def draw(size: int, maskable: bool = False) -> Image.Image:
    scale = 4  # draw large, then downsample: smooth edges without antialiasing support
    n = size * scale
    img = Image.new("RGBA", (n, n), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    if maskable:
        d.rectangle((0, 0, n, n), fill=BRAND)
        inset = 0.12  # keep the mark inside the maskable safe zone
    else:
        d.rounded_rectangle((0, 0, n - 1, n - 1), radius=int(n * 0.22), fill=BRAND)
        inset = 0.0

    def p(x, y):
        k = 1 - 2 * inset
        return (n * (inset + k * x / 100), n * (inset + k * y / 100))

    # megaphone: mouthpiece, cone, handle
    d.rectangle((*p(18, 42), *p(30, 58)), fill=WHITE)
    d.polygon([p(30, 42), p(62, 24), p(62, 76), p(30, 58)], fill=WHITE)
    d.polygon([p(30, 58), p(38, 58), p(42, 74), p(34, 74)], fill=WHITE)
    # two waves
    w = max(1, int(n * 0.055 * (1 - 2 * inset)))
    d.arc((*p(58, 34), *p(78, 66)), start=-50, end=50, fill=CORAL, width=w)
    d.arc((*p(62, 22), *p(90, 78)), start=-50, end=50, fill=CORAL, width=w)
    return img.resize((size, size), Image.LANCZOS)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for size in (192, 512):
        draw(size).save(OUT / f"icon-{size}.png", optimize=True)
    draw(512, maskable=True).save(OUT / "maskable-512.png", optimize=True)
    draw(180, maskable=True).convert("RGB").save(OUT / "apple-touch-icon.png", optimize=True)
    draw(48).save(OUT / "favicon.ico", sizes=[(16, 16), (32, 32), (48, 48)])


if __name__ == "__main__":
    main()
