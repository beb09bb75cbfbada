import sys

from nadhir.cli import main

sys.exit(main())
