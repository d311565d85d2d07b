"""Sync with the central server: the shared protocol and the device-side engine.

Kept import-light on purpose: the server imports ``protocol`` and must not pull in the
device's database hooks with it.
"""
