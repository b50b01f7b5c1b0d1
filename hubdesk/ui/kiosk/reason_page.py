"""Why did you come? Today's activities at this site first, then the everyday reasons."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QScrollArea, QWidget

from hubdesk.domain.catalogue import VisitReason
from hubdesk.services.base import HUB_TZ
from hubdesk.services.timetable import ActivityView
from hubdesk.ui.kiosk.context import KioskContext
from hubdesk.ui.kiosk.page import KioskPage
from hubdesk.ui.kiosk.words import REASONS, word
from hubdesk.ui.widgets.bidi import isolate, isolate_ltr
from hubdesk.ui.widgets.tile_button import TileButton

COLUMNS = 2


class ReasonPage(KioskPage):
    sig_reason_chosen = Signal(str, str)
    """A reason was tapped. Arguments: VisitReason value, activity id as text ("" if none)."""

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx, "reasonPage")
        self.scroller = QScrollArea(self)
        self.scroller.setObjectName("reasonScroll")
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        inner.setObjectName("reasonList")
        self.grid = QGridLayout(inner)
        self.grid.setSpacing(16)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.scroller.setWidget(inner)
        self.body.addWidget(self.scroller, 1)
        self.activity_tiles: list[tuple[ActivityView, TileButton]] = []
        self.reason_tiles: dict[VisitReason, TileButton] = {}
        self.party_size = 1  # how many people are signing in: a session with fewer places is full
        for reason, (_, icon_name) in REASONS.items():
            tile = TileButton(icon_name, "")
            tile.setObjectName(f"reason_{reason.value}")
            tile.clicked.connect(lambda _=False, r=reason: self._on_reason_clicked(r, None))
            self.reason_tiles[reason] = tile
        self._layout_tiles()
        self.finish_init()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Why did you come today?"))
        self.subtitle.setText(self.tr("Tap one. Today's groups are first."))
        for reason, tile in self.reason_tiles.items():
            tile.set_text(word(REASONS[reason][0]))
        for activity, tile in self.activity_tiles:
            tile.set_text(self._activity_text(activity))

    def _activity_text(self, activity: ActivityView) -> str:
        start = activity.starts_at.astimezone(HUB_TZ).strftime("%H:%M")
        end = activity.ends_at.astimezone(HUB_TZ).strftime("%H:%M")
        text = self.tr("{name}, {start} to {end}").format(
            name=isolate(activity.name), start=isolate_ltr(start), end=isolate_ltr(end)
        )
        # full for this party: fewer places left than the people signing in now
        full = (
            activity.capacity is not None
            and activity.attending + max(self.party_size, 1) > activity.capacity
        )
        return self.tr("{session}: full").format(session=text) if full else text

    def reset(self) -> None:
        super().reset()
        self.show_activities([])

    def on_shown(self) -> None:
        self.ctx.tasks.run(
            self.ctx.services.timetable.today,
            self.ctx.identity.hub_id,
            self.ctx.identity.site_id,
            on_success=self.show_activities,
            on_failure=lambda _exc: self.show_activities([]),
        )

    def show_activities(self, activities: list[ActivityView]) -> None:
        for _, tile in self.activity_tiles:
            self.grid.removeWidget(tile)
            tile.deleteLater()
        self.activity_tiles = []
        for i, activity in enumerate(activities):
            tile = TileButton("activity", self._activity_text(activity))
            tile.setObjectName(f"activity_{i}")
            tile.clicked.connect(
                lambda _=False, a=activity.id: self._on_reason_clicked(VisitReason.ACTIVITY, a)
            )
            self.activity_tiles.append((activity, tile))
        self._layout_tiles()

    def _layout_tiles(self) -> None:
        tiles = [t for _, t in self.activity_tiles] + list(self.reason_tiles.values())
        for tile in tiles:
            self.grid.removeWidget(tile)
        columns = COLUMNS if len(tiles) <= 6 else COLUMNS + 1
        for i, tile in enumerate(tiles):
            self.grid.addWidget(tile, i // columns, i % columns)
        for row in range(self.grid.rowCount()):
            self.grid.setRowStretch(row, 0)
        self.grid.setRowStretch(len(tiles) // columns + 1, 1)

    def _on_reason_clicked(self, reason: VisitReason, activity_id: uuid.UUID | None) -> None:
        self.sig_reason_chosen.emit(reason.value, str(activity_id) if activity_id else "")
