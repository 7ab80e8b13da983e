"""`python -m assistant`: the same as the `followup` command."""

from assistant.cli import main

raise SystemExit(main())
