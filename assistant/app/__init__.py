"""Use cases: what every front end (the CLI, the service, the web page) calls.

Each module here wires the pure core (``assistant.core``) to the adapters
(``assistant.adapters``) for one job: scan, plan, review and approve, send, push.
Front ends parse input and present output; the decisions live here or in the core.
"""
