"""The session layer: everything before a `Core` exists, and what makes one.

setup      a new PC's encrypted store and first administrator (`initialize`)
enrolment  joining the central server, and a central account's first login on this PC
login      `log_in()`: unlock the store as a staff member; owns the central first login
restore    replacing this PC's store with a checked backup
opening    the step all of them end in: the store opened as one account, as a Core

It stands above `desktop.core` (it builds cores) and below the UI and the command line.
"""
