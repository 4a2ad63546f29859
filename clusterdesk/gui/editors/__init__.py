"""Editors of the records (dialogs laid out in forms/*.ui)."""
