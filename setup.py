"""The package list, which pyproject.toml cannot express on its own.

Every package under ``counter_app/`` is found, so a new subpackage ships without editing
anything here. ``resources/`` sits at the top of the tree (fonts, translations, icons) and is
installed as ``counter_app.resources``; setuptools' declarative ``packages.find`` can only name a
package after its own folder, hence this file. Everything else is in pyproject.toml.
"""

from setuptools import find_packages, setup

setup(packages=[*find_packages(include=["counter_app", "counter_app.*"]), "counter_app.resources"])
