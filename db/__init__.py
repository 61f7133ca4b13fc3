"""Tables, the SQLite engine with the till's settings, and migrations."""
