"""Packages for the wheel; all other metadata is in pyproject.toml.

Why a setup.py at all: the top-level ``resources/`` folder (icons, data, fonts, the example
draft) must travel inside the package, as ``delegate_editor/_resources``, where
``delegate_editor/resources.py`` looks first. That needs a package-dir mapping next to the
packages found in the tree, which pyproject.toml alone cannot express. An editable install
(``pip install -e .``) keeps reading ``resources/`` from the checkout.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["delegate_editor", "delegate_editor.*"]), "delegate_editor._resources"],
    package_dir={"delegate_editor._resources": "resources"},
    package_data={"delegate_editor._resources": ["**/*"]},
    exclude_package_data={"delegate_editor._resources": ["**/__pycache__/*", "**/*.pyc"]},
)
