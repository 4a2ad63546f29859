"""ClusterDesk: field and head-office program for the territorial-cluster programme.

The domain rules (``clusterdesk.domain``), storage (``clusterdesk.store``), services, sync and
reports never import Qt; the window lives in ``clusterdesk.gui`` on top of them.
"""

APP_NAME = "ClusterDesk"
ORG_NAME = "QazIndustry"


def __getattr__(name: str) -> str:
    """``__version__``, looked up when first asked: importlib.metadata costs 0.1–0.2 s, which
    the window's first paint (``gui.app.show_frame``) does not wait for."""
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import metadata

    try:
        version = metadata.version("clusterdesk")
    except metadata.PackageNotFoundError:  # running from a source tree that is not installed
        version = "0.1.0"
    globals()["__version__"] = version
    return version
