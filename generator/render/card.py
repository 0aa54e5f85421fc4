"""Share cards: the picture chat apps and social networks show beside a link to an explainer.

Drawn at build time with Pillow and a font shipped in generator/fonts/ (under its licence), so
the build needs no network; a few flat colours keep each PNG small.
"""

from __future__ import annotations

import functools
import io
from pathlib import Path

from PIL import Image, ImageColor, ImageDraw, ImageFont

SIZE = (1200, 630)  # what Open Graph and Twitter's large summary card expect
MARGIN = 72
FONTS = Path(__file__).resolve().parents[1] / "fonts"
# The header colours data/site.yml may choose (Material's primary colours), and the text on them.
BACKGROUNDS = {
    "indigo": "#4051b5",
    "black": "#000000",
    "blue grey": "#546d78",
    "brown": "#795649",
    "deep purple": "#7e56c2",
}


@functools.cache
def _font(bold: bool, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONTS / ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")), size)


def _lines(draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont, width: int, most: int) -> list[str]:
    """The text in lines that fit the width, at most `most` of them (the last cut with an ellipsis)."""
    lines: list[str] = []
    for word in text.split():
        if lines and draw.textlength(f"{lines[-1]} {word}", font=font) <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    if len(lines) > most:
        lines = lines[:most]
        while lines[-1] and draw.textlength(lines[-1] + " …", font=font) > width:
            lines[-1] = lines[-1].rsplit(" ", 1)[0] if " " in lines[-1] else lines[-1][:-1]
        lines[-1] += " …"
    return lines


def share_card(title: str, site_name: str, footer: str, colour: str) -> bytes:
    """A PNG card: the site's name, the explainer's title, and a line such as its date."""
    # Drawn as a mask of text coverage (0 background, 255 text), then coloured through a palette:
    # a flat picture in one pass, small as a PNG, with no costly colour quantisation.
    image = Image.new("L", SIZE, 0)
    draw = ImageDraw.Draw(image)
    width = SIZE[0] - 2 * MARGIN
    draw.text((MARGIN, MARGIN), site_name.upper(), font=_font(True, 30), fill=255)
    title_font = _font(True, 64)
    y = MARGIN + 90
    for line in _lines(draw, title, title_font, width, 4):
        draw.text((MARGIN, y), line, font=title_font, fill=255)
        y += 80
    footer_font = _font(False, 30)
    for line in _lines(draw, footer, footer_font, width, 1):
        draw.text((MARGIN, SIZE[1] - MARGIN - 30), line, font=footer_font, fill=255)
    background = ImageColor.getrgb(BACKGROUNDS[colour])
    image.putpalette([round(channel + (255 - channel) * level / 255) for level in range(256) for channel in background])
    buffer = io.BytesIO()
    image.save(buffer, "PNG", compress_level=3)  # level 6 takes twice the time for a sixth fewer bytes
    return buffer.getvalue()
