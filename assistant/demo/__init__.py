"""The demo's sample mailbox: package data only (``mailbox/<folder>/*.eml``).

The use case that runs the demo over it is :mod:`assistant.app.demo`.
"""
