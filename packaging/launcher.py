"""Entry point of the frozen program: the same `clusterdesk` command as the pip-installed one."""

import sys

from clusterdesk.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
