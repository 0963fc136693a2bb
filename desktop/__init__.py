"""Halo TKI Desk on the office PC. The core has no Qt; desktop/ui is the only Qt room.

domain      pure rules, shared with the central server: validation, statuses, reference
            data, account rules (with messages, formatting and terminal: all the server
            may use of this package)
store       the encrypted SQLCipher store, its migrations and the outbox write path
crypto      key slots: each account's password wraps the database key
services    what the logged-in core does: cases, search, accounts, attachments, sync...
sync        this PC's sync engine and its client of the central server
core        Core: the unlocked store plus its services, for one logged-in person
session     everything before a Core: set-up, enrolment, log-in, restore
ui, cli     the desktop application (Qt) and the `halotki` command
"""

__version__ = "0.1.0"
