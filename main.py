"""Start Counter: ``python main.py`` is the same as the ``counter-app`` command."""

from counter_app.__main__ import main

if __name__ == "__main__":
    raise SystemExit(main())
