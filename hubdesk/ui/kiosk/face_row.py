""" "How was today?": four faces on the done page, tapped or ignored (issue 23).

Tapping a face is the whole answer: nothing else is needed to leave. Tapping another face
changes the answer (the last tap wins: one answer per visit, `FamilyVoiceService.rate`). After a
tap, a button offers the hub's follow-up questions, if it has any; nothing asks for them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from hubdesk.domain.catalogue import Face
from hubdesk.ui.widgets.tile_button import TileButton
from hubdesk.ui.widgets.voice_words import face_word


class FaceRow(QFrame):
    sig_face_tapped = Signal(int)
    """A face was tapped. Argument: the face, 1 (not good) to 4 (very good)."""
    sig_questions_clicked = Signal()
    """The family chose to answer the hub's follow-up questions. No arguments."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("faceRow")
        self.setProperty("kind", "card")
        self.chosen: Face | None = None
        self.questions = 0
        self.signed_out = True
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 6, 16, 8)
        outer.setSpacing(6)
        self.caption = QLabel(self)
        self.caption.setObjectName("faceRowCaption")
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(self.caption)
        row = QHBoxLayout()
        row.setSpacing(12)
        self.faces: dict[Face, TileButton] = {}
        for face in Face:
            # 64 px targets, not 88 px tiles: the row shares the done page with the number
            button = TileButton(
                f"face-{face.value}", "", kind="secondary", icon_size=44, checkable=True
            )
            button.setObjectName(f"face{face.value}Button")
            button.clicked.connect(lambda _c=False, f=face: self._on_face_clicked(f))
            self.faces[face] = button
            row.addWidget(button, 1)
        outer.addLayout(row)
        # the page that holds the row places this button (the done page: beside Finish)
        self.questions_button = TileButton("next", "", kind="secondary", icon_size=32)
        self.questions_button.setObjectName("voiceQuestionsButton")
        self.questions_button.setMaximumWidth(560)
        self.questions_button.clicked.connect(self.sig_questions_clicked)
        self.reset()

    def _on_face_clicked(self, face: Face) -> None:
        self.chosen = face
        self._sync()
        self.sig_face_tapped.emit(int(face))

    def set_questions(self, count: int) -> None:
        """How many follow-up questions the hub asks (0: the button never shows)."""
        self.questions = count
        self._sync()

    def ask(self, *, signed_out: bool) -> None:
        """Show the faces, none chosen, asking about the visit ending (`signed_out`) or going on."""
        self.signed_out = signed_out
        self.chosen = None
        self._sync()

    def reset(self) -> None:
        self.chosen = None
        self.questions = 0
        self.signed_out = True
        self._sync()

    def _sync(self) -> None:
        for face, button in self.faces.items():
            button.setChecked(face == self.chosen)
        self.questions_button.setVisible(self.chosen is not None and self.questions > 0)
        self.retranslate()

    def retranslate(self) -> None:
        if self.chosen is not None:
            self.caption.setText(self.tr("Thank you for telling us."))
        elif self.signed_out:
            self.caption.setText(self.tr("How was today? Tap a face, if you like."))
        else:
            self.caption.setText(self.tr("How is today going? Tap a face, if you like."))
        for face, button in self.faces.items():
            button.set_text(face_word(face))
        self.questions_button.set_text(
            self.tr("Answer %n quick question(s)", "", max(1, self.questions))
        )
