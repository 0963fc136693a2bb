"""Entry point of both frozen executables: the same command line as the `halotki` script.

Without a command it starts the desktop application, so the windowed executable (the
Start-menu entry) needs no arguments.
"""

import sys

from desktop.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
