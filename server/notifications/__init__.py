"""Telling people what happened to them, by SMS, in their own language."""
