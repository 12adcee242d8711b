"""recoupe: cross-check the news the way a careful editor cross-checks sources.

Data flows one way: source -> article -> language -> stories -> comparison -> store -> interfaces.
"""

__version__ = "0.1.0"
