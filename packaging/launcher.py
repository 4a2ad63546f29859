"""Entry point of the frozen program: the same `clusterdesk` command as the pip-installed one."""

from clusterdesk.cli.main import run

if __name__ == "__main__":
    run()
