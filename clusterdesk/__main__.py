from clusterdesk.cli.main import run

run()
