"""python -m debtordesk -> the command line entry point."""

import sys

from debtordesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
