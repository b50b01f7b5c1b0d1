"""The reports screen's charts (QtCharts): plain data in, a QChartView out."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

BAR = QColor("#1b6ca8")


def _top(values: Sequence[int]) -> int:
    top = max(values, default=0)
    return max(5, int(top * 1.15) + 1)


def bar_chart_view(
    name: str,
    title: str,
    labels: Sequence[str],
    values: Sequence[int],
    *,
    horizontal: bool = False,
    parent: QWidget | None = None,
) -> QChartView:
    """A one-series bar chart. `name` is the view's object name (tests find it by that)."""
    chart = QChart()
    chart.setTitle(title)
    chart.legend().hide()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    if horizontal:  # the first item at the top
        labels, values = list(reversed(labels)), list(reversed(values))
    bars = QBarSet(title)
    bars.setColor(BAR)
    bars.append([float(v) for v in values])
    series = QHorizontalBarSeries() if horizontal else QBarSeries()
    series.append(bars)
    series.setBarWidth(0.7)
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append(list(labels))
    categories.setTruncateLabels(False)
    value_axis = QValueAxis()
    value_axis.setRange(0, _top(values))
    value_axis.setLabelFormat("%d")
    value_axis.setTickCount(5)
    value_axis.applyNiceNumbers()
    if horizontal:
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom)
    else:
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(value_axis, Qt.AlignmentFlag.AlignLeft)
        if len(labels) > 16:
            categories.setLabelsAngle(-90)
    series.attachAxis(categories)
    series.attachAxis(value_axis)
    view = QChartView(chart, parent)
    view.setObjectName(name)
    view.setAccessibleName(title)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(240)
    return view
