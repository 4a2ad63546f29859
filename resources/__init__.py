"""Data files shipped with ClusterDesk (fonts, icons, translations, reference data, methodology)."""
