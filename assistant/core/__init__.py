"""Pure core: understand mail and plan follow-ups.

Nothing in this package opens a socket, runs SQL, reads the clock or renders a
template. Callers pass data (and ``now``) in and get data back.
"""
