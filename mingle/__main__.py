"""Allow `python -m mingle`."""

from mingle.cli import main

raise SystemExit(main())
