"""Imports every module that defines tables, so the metadata is complete wherever it is used.

Feature issues that add tables put them in their own module and list it here.
"""

import clusterdesk.store.application_models  # noqa: F401
import clusterdesk.store.diagnostic_models  # noqa: F401
import clusterdesk.store.history  # noqa: F401
import clusterdesk.store.monitoring_models  # noqa: F401
from clusterdesk.store import (
    models,  # noqa: F401
    sync_models,  # noqa: F401
)
