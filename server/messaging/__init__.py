"""Outbound and inbound messages (SMS) behind one gateway interface."""
