"""The one reader of the data files shipped under ``resources/`` (TOML): methodology forms and
templates, the indicator catalogue, reference data, report labels, the sync policy.

``read_toml`` reads and checks one file and fails with one clear, coded sentence naming the
file (unreadable, not TOML, a required key missing); ``lang_texts`` checks one table of texts
in every language of ``clusterdesk.languages``. Each reader raises its own error class (a
subclass of ``ClusterDeskError``), so callers keep catching what they caught before.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from clusterdesk.errors import ClusterDeskError
from clusterdesk.languages import LANGUAGES
from clusterdesk.resources_path import resource

Texts = dict[str, str]  # a text in each language: {"ru": .., "kk": .., "en": ..}


class DataFileError(ClusterDeskError):
    """A shipped data file that cannot be used (a broken installation)."""


def data_path(*parts: str) -> Path:
    """``resources/<parts>``: where a shipped data file is, in every layout."""
    return resource(*parts)


def read_toml(path: Path | str, *, require: Iterable[str] = (),
              error: type[ClusterDeskError] = DataFileError) -> dict[str, Any]:
    """The contents of the TOML file ``path``; ``error`` names the file and what is wrong."""
    path = Path(path)
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except OSError as exc:
        raise error("data.unreadable", path=path, detail=exc.strerror or exc) from exc
    except tomllib.TOMLDecodeError as exc:
        raise error("data.toml", path=path, detail=exc) from exc
    for key in require:
        if key not in data:
            raise error("data.invalid", path=path, key=key, detail="is missing")
    return data


@cache
def labels(name: str, lang: str) -> dict[str, str]:
    """The printed labels of document ``name`` in ``lang`` (``resources/reports/<name>.toml``)."""
    path = data_path("reports", f"{name}.toml")
    out: dict[str, str] = {}
    for key, texts in read_toml(path).items():
        if not isinstance(texts, dict) or not isinstance(texts.get(lang), str):
            raise DataFileError("data.invalid", path=path, key=f"{key}.{lang}",
                                detail="is missing")
        out[key] = texts[lang]
    return out


def lang_texts(value: Any, path: Path, where: str,
               error: type[ClusterDeskError] = DataFileError) -> Texts:
    """``value`` checked as a table with a non-empty text for each language."""
    if not isinstance(value, dict):
        raise error("data.invalid", path=path, key=where,
                    detail="must be a table of " + ", ".join(LANGUAGES) + " texts")
    for lang in LANGUAGES:
        if not isinstance(value.get(lang), str) or not value[lang].strip():
            raise error("data.invalid", path=path, key=f"{where}.{lang}",
                        detail="is missing or empty")
    return {lang: value[lang] for lang in LANGUAGES}
