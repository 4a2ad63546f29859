"""PDF reports (ReportLab)."""
