"""followup: a self-hosted assistant that follows up on job applications.

The package is split in two: ``assistant.core`` holds the pure steps (understand
mail, plan follow-ups) over plain data, and the modules around it are thin
adapters to the world (IMAP, SMTP, SQLite, keyring, files, clock, terminal).
"""

__version__ = "0.1.0"
