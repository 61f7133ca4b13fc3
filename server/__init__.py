"""The central server: joins the tills of one or more shops (FastAPI + SQLModel, own tables)."""
