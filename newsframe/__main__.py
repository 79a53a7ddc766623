"""`python -m newsframe`: see newsframe.cli."""

import sys

from .cli import main

sys.exit(main())
