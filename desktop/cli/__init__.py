"""The `halotki` command: the desktop application, or headless commands for office IT and scripts."""
