"""Bulk data: every public document and its turns as JSON Lines, CSV and Akoma Ntoso."""
