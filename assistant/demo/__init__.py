"""The bundled demo: a small sample mailbox and the whole flow run over it."""
