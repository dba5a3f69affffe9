"""Entry script of the bundled application (PyInstaller): the same `plantrack` entry point."""

import sys

from desktop_app.main import main

if __name__ == "__main__":
    sys.exit(main())
