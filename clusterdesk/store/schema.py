"""Imports every module that defines tables, so the metadata is complete wherever it is used.

Feature issues that add tables put them in their own module and list it here.
"""

from clusterdesk.store import models  # noqa: F401
