"""The site's mark on a social card (docs/assets/logo.svg): a hexagon, two
orbits crossing it, a core."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PIL import ImageDraw

Colour = tuple[int, int, int]


def draw_mark(
    pen: ImageDraw.ImageDraw,
    centre: tuple[int, int],
    radius: int,
    *,
    face: Colour,
    edge: Colour,
    orbits: tuple[Colour, Colour],
    core: Colour,
) -> None:
    """The mark centred on ``centre``: the hexagon's face and edge, the orbits'
    colours (tilted back, then forward) and the core's."""
    cx, cy = centre
    hexagon = [
        (cx + radius * math.sin(math.radians(a)), cy - radius * math.cos(math.radians(a)))
        for a in range(0, 360, 60)
    ]
    pen.polygon(hexagon, fill=face, outline=edge, width=3)
    for angle, colour in zip((-32, 32), orbits, strict=True):
        pen.line(_orbit(cx, cy, radius * 0.66, radius * 0.27, angle), fill=colour, width=4)
    middle = radius * 0.18
    pen.ellipse((cx - middle, cy - middle, cx + middle, cy + middle), fill=core)


def _orbit(
    cx: float, cy: float, rx: float, ry: float, degrees: float
) -> Sequence[tuple[float, float]]:
    turn = math.radians(degrees)
    points = []
    for step in range(49):
        t = 2 * math.pi * step / 48
        x, y = rx * math.cos(t), ry * math.sin(t)
        points.append(
            (
                cx + x * math.cos(turn) - y * math.sin(turn),
                cy + x * math.sin(turn) + y * math.cos(turn),
            )
        )
    return points
