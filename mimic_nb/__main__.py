"`python -m mimic_nb …` is the `mimic-nb` command."
import sys

from mimic_nb.sweep import main

if __name__ == '__main__': sys.exit(main())
