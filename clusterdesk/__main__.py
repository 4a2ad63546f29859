import sys

from clusterdesk.cli.main import main

sys.exit(main())
