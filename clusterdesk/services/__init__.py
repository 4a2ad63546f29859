"""Services: the operations the window, the CLI and sync share."""
