"""Packages for the wheel; all other metadata is in pyproject.toml.

Why a setup.py at all: the top-level ``resources/`` folder (icons, data, fonts, the example
draft) must travel inside the package, as ``delegate_editor/_resources``, where
``delegate_editor/resources.py`` looks first. That needs a package-dir mapping next to the
packages found in the tree, which pyproject.toml alone cannot express. An editable install
(``pip install -e .``) keeps reading ``resources/`` from the checkout.
"""

from pathlib import Path

from setuptools import find_packages, setup

ROOT = Path(__file__).resolve().parent
RESOURCES = "delegate_editor._resources"

# Every folder of resources/ whose name could be a package is declared one (a data-only
# namespace package): otherwise setuptools warns, on every install, that it is not listed.
# Folders such as icons/hicolor/48x48 cannot be package names; the glob below carries them.
_folders = sorted(p.relative_to(ROOT / "resources") for p in (ROOT / "resources").rglob("*") if p.is_dir())
_data_packages = [
    ".".join((RESOURCES, *folder.parts))
    for folder in _folders
    if all(part.isidentifier() for part in folder.parts) and "__pycache__" not in folder.parts
]

setup(
    packages=[*find_packages(include=["delegate_editor", "delegate_editor.*"]), RESOURCES, *_data_packages],
    package_dir={RESOURCES: "resources"},
    package_data={RESOURCES: ["**/*"]},
    exclude_package_data={RESOURCES: ["**/__pycache__/*", "**/*.pyc"]},
)
