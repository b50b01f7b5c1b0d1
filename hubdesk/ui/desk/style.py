"""The desk's style: the theme's colours (from `hubdesk.ui.theme`) at desk sizes.

The kiosk's style sheet is sized for a touch screen across a room (20 px text, 64 px buttons).
Staff sit at a 1366x768 screen with a mouse, so the desk window sets its own, smaller sizes on
top of the application's style sheet, keeping the theme's colours and 48 px targets.
"""

from __future__ import annotations

from hubdesk.ui.resources import resource_path
from hubdesk.ui.theme import Palette

FONT_PX = 15
TARGET_PX = 44  # inside a 2 px border: 48 px buttons


def _icon(name: str) -> str:
    return resource_path("icons", f"{name}.svg").as_posix()


def desk_stylesheet(p: Palette) -> str:
    return f"""
QWidget {{ font-size: {FONT_PX}px; }}
QWidget#deskWindow, QWidget[kind="deskpage"] {{ background: {p.window}; }}
QWidget#deskHeader {{ background: {p.header}; }}
QWidget#deskHeader QLabel {{ color: {p.on_header}; background: transparent; }}
QLabel#deskHubName {{ font-size: 19px; font-weight: bold; }}
QLabel[kind="title"] {{ font-size: 21px; font-weight: bold; color: {p.text}; }}
QLabel[kind="subtitle"] {{ font-size: 16px; font-weight: bold; color: {p.text}; }}
QLabel[kind="hint"] {{ font-size: 14px; color: {p.muted}; }}
QLabel[kind="error"] {{ border-radius: 6px; padding: 0px; }}
QLabel[kind="fielderror"] {{
    color: {p.error}; background: {p.error_bg}; border-left: 4px solid {p.error};
    font-size: 14px; font-weight: bold;
}}
QLabel[kind="ok"] {{ color: {p.primary}; font-weight: bold; }}
QPushButton, QToolButton {{
    min-height: {TARGET_PX}px; min-width: {TARGET_PX}px; padding: 0px 14px;
    border-radius: 6px; font-size: {FONT_PX}px;
}}
QPushButton[kind="tile"] {{ min-height: {TARGET_PX}px; font-size: {FONT_PX}px; }}
QPushButton:focus {{ border: 3px solid {p.focus}; }}
QPushButton[kind="primary"]:disabled {{
    background: {p.secondary}; color: {p.disabled}; font-weight: normal;
}}
QLineEdit, QSpinBox, QDoubleSpinBox, QDateEdit, QTimeEdit, QComboBox, QPlainTextEdit {{
    background: {p.surface}; color: {p.text}; border: 2px solid {p.border};
    border-radius: 6px; padding: 4px 8px; min-height: 36px; font-size: {FONT_PX}px;
}}
QLineEdit:focus, QSpinBox:focus, QDoubleSpinBox:focus, QDateEdit:focus, QTimeEdit:focus,
QComboBox:focus, QPlainTextEdit:focus {{
    border: 3px solid {p.focus};
}}
QSpinBox, QDoubleSpinBox, QTimeEdit {{ padding: 2px 26px 2px 6px; }}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{
    subcontrol-origin: border; width: 22px; background: {p.secondary};
    border-left: 1px solid {p.border};
}}
QAbstractSpinBox::up-button {{ subcontrol-position: top right; }}
QAbstractSpinBox::down-button {{ subcontrol-position: bottom right; }}
QAbstractSpinBox::up-arrow {{ image: url({_icon("plus")}); width: 14px; height: 14px; }}
QAbstractSpinBox::down-arrow {{ image: url({_icon("minus")}); width: 14px; height: 14px; }}
QComboBox QAbstractItemView {{ background: {p.surface}; color: {p.text}; }}
QCheckBox {{
    min-height: 40px; padding: 2px 8px; font-size: {FONT_PX}px; spacing: 8px;
    border-radius: 6px; border-width: 2px;
}}
QCheckBox::indicator {{ width: 20px; height: 20px; }}
QTableWidget, QListWidget, QTreeWidget {{
    background: {p.surface}; color: {p.text}; border: 2px solid {p.border};
    border-radius: 6px; font-size: {FONT_PX}px;
    selection-background-color: {p.checked}; selection-color: {p.on_checked};
}}
QHeaderView::section {{
    background: {p.secondary}; color: {p.on_secondary}; padding: 4px 6px;
    border: none; border-right: 1px solid {p.border}; font-weight: bold;
}}
QTabBar::tab {{
    background: {p.secondary}; color: {p.on_secondary}; min-height: 40px; padding: 4px 12px;
    border: 2px solid {p.border}; border-bottom: none;
    border-top-left-radius: 6px; border-top-right-radius: 6px; margin-right: 2px;
}}
QTabBar::tab:selected {{ background: {p.checked}; color: {p.on_checked}; font-weight: bold; }}
QTabWidget::pane {{ border: 2px solid {p.border}; background: {p.window}; top: -2px; }}
QFrame[kind="card"] {{ background: {p.surface}; border: 2px solid {p.border}; border-radius: 6px; }}
QFrame[kind="alert"] {{
    background: {p.quiet}; border: 2px solid {p.on_quiet}; border-radius: 6px;
}}
QWidget#deskHeader QFrame[kind="alert"] QLabel, QFrame[kind="alert"] QLabel {{
    color: {p.on_quiet}; background: transparent; font-weight: bold;
}}
QFrame[kind="confirm"] {{
    background: {p.error_bg}; border: 2px solid {p.error}; border-radius: 6px;
}}
QFrame[kind="confirm"] QLabel {{ color: {p.error}; background: transparent; font-weight: bold; }}
QStatusBar {{ background: {p.surface}; color: {p.text}; border-top: 2px solid {p.border}; }}
QStatusBar QLabel {{ color: {p.text}; background: transparent; }}
QProgressBar {{
    border: 2px solid {p.border}; border-radius: 6px; background: {p.surface};
    max-height: 16px; min-width: 120px;
}}
QProgressBar::chunk {{ background: {p.primary}; }}
QScrollBar:vertical {{ width: 16px; }}
"""
