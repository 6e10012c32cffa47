"""Translation: ``tr()`` for every user-visible string, and loading the .qm files.

All strings share one translation context, ``Segregation``. The source texts
are English; ``i18n/segregation_sv.ts`` holds the Swedish. The GUI language
follows the QGIS locale (Settings > Options > General > Override locale).
"""

from __future__ import annotations

from typing import Optional

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from .paths import I18N_DIR

CONTEXT = "Segregation"
_translators: list[QTranslator] = []


def tr(text: str) -> str:
    """Translate ``text`` (English source) into the UI language."""
    return QCoreApplication.translate(CONTEXT, text)


def ui_language() -> str:
    """Two-letter UI language: the QGIS locale override, else the system locale."""
    settings = QgsSettings()
    name = ""
    if settings.value("locale/overrideFlag", False, type=bool):
        name = settings.value("locale/userLocale", "", type=str)
    if not name:
        name = QgsApplication.locale() or QLocale.system().name()
    return (name or "en")[:2].lower()


def install_translator(language: Optional[str] = None) -> Optional[QTranslator]:
    """Load ``segregation_<language>.qm``; returns the translator or None for English."""
    remove_translators()
    language = language or ui_language()
    qm = I18N_DIR / f"segregation_{language}.qm"
    if language == "en" or not qm.exists():
        return None
    translator = QTranslator()
    if not translator.load(str(qm)):
        return None
    QCoreApplication.installTranslator(translator)
    _translators.append(translator)
    return translator


def current_language() -> str:
    """Two-letter language of the installed plugin translator, "en" when none is."""
    for translator in _translators:
        language = translator.language()
        if language:
            return language[:2].lower()
    return "en"


def remove_translators() -> None:
    """Uninstall the plugin's translators (on unload, or before switching language)."""
    while _translators:
        QCoreApplication.removeTranslator(_translators.pop())
