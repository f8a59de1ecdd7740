"""Geometry of the calibration chart, drawn as inline SVG by a template (no script, no chart library).

Pure: calibration bins in, coordinates out. x is the mean implied probability
of a bin, y the observed frequency, the dot's area grows with the number of
forecasts in the bin, and the diagonal is perfect calibration (things said
with 70% confidence come true 70% of the time).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from predictions.scoring import CalibrationBin

# The plot is a square of SIZE px with room for the axis labels around it.
SIZE = 260
LEFT, TOP, RIGHT, BOTTOM = 52, 12, 16, 48
TICKS = (0.0, 0.25, 0.5, 0.75, 1.0)


@dataclass(frozen=True)
class Tick:
    value: float
    label: str
    x: float  # where the tick sits on the x axis
    y: float  # where it sits on the y axis


@dataclass(frozen=True)
class Dot:
    bin: CalibrationBin
    x: float
    y: float
    radius: float
    label_x: float
    label_y: float


@dataclass(frozen=True)
class CalibrationChart:
    width: int
    height: int
    left: int
    top: int
    size: int
    bottom: int  # y of the x axis
    right: int  # x of the plot's right edge
    ticks: tuple[Tick, ...]
    dots: tuple[Dot, ...]
    x_label_x: float
    x_label_y: float
    y_label_x: float
    y_label_y: float

    @property
    def is_empty(self) -> bool:
        return not self.dots


def _x(value: float) -> float:
    return round(LEFT + value * SIZE, 1)


def _y(value: float) -> float:
    return round(TOP + (1 - value) * SIZE, 1)


def dot_radius(count: int) -> float:
    """Area grows with the count, within bounds that stay readable: 4 px for one forecast, at most 14."""
    return round(min(14.0, 3.0 + math.sqrt(count) * 1.5), 1)


def calibration_chart(bins: Sequence[CalibrationBin]) -> CalibrationChart:
    dots = []
    for item in bins:
        radius = dot_radius(item.count)
        x, y = _x(item.mean_forecast), _y(item.observed)
        # The count sits to the right of the dot, or to its left near the right edge.
        label_x = x + radius + 3 if x + radius + 24 < LEFT + SIZE else x - radius - 18
        dots.append(Dot(item, x, y, radius, round(label_x, 1), round(y + 4, 1)))
    return CalibrationChart(
        width=LEFT + SIZE + RIGHT,
        height=TOP + SIZE + BOTTOM,
        left=LEFT,
        top=TOP,
        size=SIZE,
        bottom=TOP + SIZE,
        right=LEFT + SIZE,
        ticks=tuple(Tick(value, f"{round(value * 100)}%", _x(value), _y(value)) for value in TICKS),
        dots=tuple(dots),
        x_label_x=LEFT + SIZE / 2,
        x_label_y=TOP + SIZE + 40,
        y_label_x=14,
        y_label_y=TOP + SIZE / 2,
    )
