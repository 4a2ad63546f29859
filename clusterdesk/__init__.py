"""ClusterDesk: field and head-office program for the territorial-cluster programme.

The domain rules (``clusterdesk.domain``), storage (``clusterdesk.store``), services, sync and
reports never import Qt; the window lives in ``clusterdesk.gui`` on top of them.
"""

from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("clusterdesk")
except _metadata.PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.1.0"

APP_NAME = "ClusterDesk"
ORG_NAME = "QazIndustry"
