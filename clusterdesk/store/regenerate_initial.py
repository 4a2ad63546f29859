"""Developer tool: rewrite migration 0001 from the models (only until the first release).

Until ClusterDesk is first released the initial schema is still being shaped, so 0001 is
regenerated from the models instead of piling up migrations no user ever ran. After the first
release this tool must not be used: add a new migration instead. Run:
``python -m clusterdesk.store.regenerate_initial``
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from alembic import command

from clusterdesk.store.database import make_engine
from clusterdesk.store.migrate import MIGRATIONS, alembic_config

TARGET = MIGRATIONS / "versions" / "0001_initial_schema.py"


def main() -> None:
    keep = TARGET.read_text(encoding="utf-8") if TARGET.exists() else None
    TARGET.unlink(missing_ok=True)
    later = sorted((MIGRATIONS / "versions").glob("0[0-9][0-9][0-9]_*.py"))
    hidden = [p.rename(p.with_suffix(".hidden")) for p in later]
    try:
        with tempfile.TemporaryDirectory() as tmp:
            engine = make_engine(Path(tmp) / "empty.db")
            cfg = alembic_config()
            with engine.connect() as conn:
                cfg.attributes["connection"] = conn
                command.revision(cfg, message="initial schema", autogenerate=True, rev_id="0001")
            engine.dispose()
    except Exception:
        if keep is not None:
            TARGET.write_text(keep, encoding="utf-8")
        raise
    finally:
        for p in hidden:
            p.rename(p.with_suffix(".py"))
    text = TARGET.read_text(encoding="utf-8")
    text = text.replace(
        "    # ### end Alembic commands ###\n",
        "    # ### end Alembic commands ###\n"
        '    op.execute("PRAGMA application_id = 1131168883")  # 0x436C4473 "ClDs"\n'
        '    op.execute("PRAGMA user_version = 1")\n', 1)
    text = re.sub(r'\n    op.execute\("PRAGMA user_version = <.*\n', "\n", text)
    text = re.sub(r"def downgrade\(\) -> None:.*", 'def downgrade() -> None:\n    raise '
                  'NotImplementedError("ClusterDesk migrates forward only; restore the backup '
                  'instead")\n', text, flags=re.S)
    TARGET.write_text(text, encoding="utf-8")
    print(f"rewrote {TARGET}")


if __name__ == "__main__":
    main()
