"""The supervisor's figures (issue 13): the period, the tables and how they are counted.

Pure: the SQL here is portable (SQLite and PostgreSQL, named parameters) and runs through
whatever connection the caller hands in, so the office PC, its command line and the
central server's /stats compute every figure the same way.
"""
