"""The sync wire format shared by the till (shop/sync_client.py) and the central server (server/).

A neutral package on purpose: it imports nothing from the project, so the server never depends on
the till's packages (db/, shop/) and the till never depends on the server's. Only plain data and
the hybrid logical clock live here.
"""
