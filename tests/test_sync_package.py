"""``clusterdesk.sync`` names its public functions without importing them all at once: the
window's start imports only ``sync.trust`` and ``sync.programme_file`` (every other module of
the package cost 0.1–0.2 s before the first page could fill)."""

import subprocess
import sys

import clusterdesk.sync as sync


def test_every_public_name_resolves_to_its_module_and_all_lists_them():
    assert sorted(sync.__all__) == sorted(sync._NAMES)
    for name, (module, attr) in sync._NAMES.items():
        value = getattr(sync, name)
        assert value is getattr(sys.modules[f"clusterdesk.sync.{module}"], attr), name
    assert sync.import_file.__name__ == "import_central"  # a central file too
    assert set(sync.__all__) <= set(dir(sync))


def test_an_unknown_name_is_an_attribute_error():
    try:
        sync.no_such_function  # noqa: B018
    except AttributeError as exc:
        assert "no_such_function" in str(exc)
    else:
        raise AssertionError("an unknown name resolved")


def test_importing_trust_does_not_import_the_sync_machinery():
    code = ("import sys; from clusterdesk.sync import programme_file, trust; "
            "print(sorted(m for m in sys.modules if m.startswith('clusterdesk.sync.')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    for heavy in ("central", "importer", "export", "apply", "merges"):
        assert f"'clusterdesk.sync.{heavy}'" not in out, out
