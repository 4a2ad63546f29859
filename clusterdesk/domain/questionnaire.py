"""Diagnostic forms (questionnaires) as data: loading, validation and the registry of versions.

A form (``domain.form_model``) lives in ``resources/methodology/<id>-<version>.toml`` and is
read by ``domain.form_file``, checked completely when loaded: a malformed file is refused with
one sentence naming the file, the key and the reason, and a form in use is always whole.
A diagnostic stores the id and version of its form; old versions stay in the folder so that
old diagnostics keep their meaning.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from clusterdesk.data_files import data_path
from clusterdesk.domain.form_file import load_form, parse_form
from clusterdesk.domain.form_model import (
    MAX_POINTS,
    Dimension,
    Form,
    FormError,
    Gate,
    Level,
    Option,
    Question,
    QuestionKind,
    Texts,
    tr,
)

__all__ = ["MAX_POINTS", "Dimension", "Form", "FormError", "Gate", "Level", "Option",
           "Question", "QuestionKind", "Texts", "available_versions", "get_form",
           "latest_form", "load_form", "methodology_dir", "parse_form", "tr"]


# ---- registry ---------------------------------------------------------------------------------

def methodology_dir() -> Path:
    return data_path("methodology")


@cache
def _registry(folder: Path, form_id: str) -> dict[int, Form]:
    """Every version of ``form_id`` in ``folder`` (files ``<id>-<version>.toml``).

    Other files in the folder (for example application templates) are not diagnostic forms
    and are left alone.
    """
    forms: dict[int, Form] = {}
    for path in sorted(folder.glob(f"{form_id}-*.toml")):
        if not path.stem.removeprefix(f"{form_id}-").isdigit():
            continue
        form = load_form(path)
        expected = f"{form.id}-{form.version}.toml"
        if path.name != expected:
            raise FormError("data.misnamed", path=path, expected=expected,
                            found=f"{form.id} {form.version}")
        forms[form.version] = form
    return forms


def available_versions(form_id: str = "readiness", folder: Path | None = None) -> list[int]:
    return sorted(_registry(folder or methodology_dir(), form_id))


def get_form(form_id: str, version: int, folder: Path | None = None) -> Form:
    """The form ``form_id`` in exactly ``version`` (as a stored diagnostic names it)."""
    form = _registry(folder or methodology_dir(), form_id).get(int(version))
    if form is None:
        raise FormError("form.missing", form=form_id, version=version,
                        folder=folder or methodology_dir())
    return form


def latest_form(form_id: str = "readiness", folder: Path | None = None) -> Form:
    """The newest installed version of ``form_id``: new diagnostics use it."""
    versions = available_versions(form_id, folder)
    if not versions:
        raise FormError("form.missing", form=form_id, version="—",
                        folder=folder or methodology_dir())
    return get_form(form_id, versions[-1], folder)
