"""Show your pass to the camera: frames from QtMultimedia, decoded off the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QSizePolicy

from hubdesk.ui.kiosk.context import KioskContext
from hubdesk.ui.kiosk.page import KioskPage
from hubdesk.ui.kiosk.qr_decode import decode_qr

try:  # QtMultimedia needs system libraries (PulseAudio, GStreamer/FFmpeg) that may be absent
    from PySide6.QtMultimedia import QCamera, QMediaCaptureSession, QMediaDevices, QVideoSink

    HAVE_MULTIMEDIA = True
except ImportError:  # pragma: no cover - depends on the machine
    HAVE_MULTIMEDIA = False


def camera_available() -> bool:
    """Whether this computer has a camera a family could show a pass to."""
    return HAVE_MULTIMEDIA and bool(QMediaDevices.videoInputs())


class CameraPage(KioskPage):
    sig_scanned = Signal(str)
    """A QR code was read. Argument: its text."""

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx, "cameraPage")
        self.view = QLabel(self)
        self.view.setObjectName("cameraView")
        self.view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.view.setMinimumSize(320, 240)
        self.body.addWidget(self.view, 1)
        self._camera: object | None = None
        self._session: object | None = None
        self._sink: object | None = None
        self._decoding = False
        self._found = False
        self.no_camera = False
        self.finish_init()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Show your pass to the camera"))
        if self.no_camera:
            self.subtitle.setText(
                self.tr("Sorry, there is no camera here. Please go back and type your code.")
            )
        else:
            self.subtitle.setText(self.tr("Hold the QR code still, about a hand's width away."))
        self.view.setAccessibleName(self.tr("Camera picture"))

    def reset(self) -> None:
        super().reset()
        self.stop()
        self.view.clear()
        self._found = False

    def on_shown(self) -> None:
        self._found = False
        self.start()

    def start(self) -> None:
        self.no_camera = True
        if HAVE_MULTIMEDIA and QMediaDevices.videoInputs():
            camera = QCamera(QMediaDevices.defaultVideoInput(), self)
            session = QMediaCaptureSession(self)
            sink = QVideoSink(self)
            session.setCamera(camera)
            session.setVideoSink(sink)
            sink.videoFrameChanged.connect(self._on_sink_frame)
            camera.start()
            self._camera, self._session, self._sink = camera, session, sink
            self.no_camera = False
        self.retranslate()

    def stop(self) -> None:
        if self._camera is not None:
            self._camera.stop()  # type: ignore[attr-defined]
            self._camera.deleteLater()  # type: ignore[attr-defined]
        self._camera = self._session = self._sink = None

    def hideEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        self.stop()
        super().hideEvent(event)  # type: ignore[arg-type]

    def _on_sink_frame(self, frame: object) -> None:
        image = frame.toImage()  # type: ignore[attr-defined]
        self.feed_image(image)

    def feed_image(self, image: QImage) -> None:
        """One camera frame (or a test's picture): shown, and decoded unless a decode is busy."""
        if image.isNull() or self._found:
            return
        self.view.setPixmap(
            QPixmap.fromImage(image).scaled(
                self.view.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.FastTransformation,
            )
        )
        if self._decoding:
            return  # drop frames while one is being read: never queue work behind the camera
        self._decoding = True
        self.ctx.tasks.run(
            decode_qr,
            image.copy(),
            on_success=self._on_decoded,
            on_failure=self._on_decode_failed,
        )

    def _on_decoded(self, texts: list[str]) -> None:
        self._decoding = False
        if texts and not self._found and self.isVisible():
            self._found = True
            self.stop()
            self.sig_scanned.emit(texts[0])

    def _on_decode_failed(self, _exc: BaseException) -> None:
        self._decoding = False
