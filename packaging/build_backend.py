"""The package build: setuptools, after compiling the interface translations (.ts -> .qm).

pyproject.toml names this module as its build backend (backend-path = ["packaging"]), so every way of
installing -- `pip install .`, `pip install -e .`, a wheel for the Windows or Linux packages -- ships
resources/i18n/*.qm made from the .ts files in git. PySide6-Essentials is a build requirement because
its wheel carries lrelease.
"""

from __future__ import annotations

import translations
from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F403  (the PEP 517/660 hooks we do not change)


def _compile() -> None:
    translations.release()


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    _compile()
    return _setuptools.build_wheel(wheel_directory, config_settings, metadata_directory)


def build_editable(wheel_directory, config_settings=None, metadata_directory=None):
    _compile()
    return _setuptools.build_editable(wheel_directory, config_settings, metadata_directory)


def build_sdist(sdist_directory, config_settings=None):
    return _setuptools.build_sdist(sdist_directory, config_settings)
