"""``python -m newsclean``: the same command line as ``newsclean``."""

from .cli import main

if __name__ == "__main__":
    main(prog_name="newsclean")
