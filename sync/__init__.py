"""The wire contract both sides share: the sync protocol (protocol.py), the hybrid logical
clock (hlc.py), device credentials and enrolment codes (credentials.py), and address rules
(netaddr.py). It imports nothing of the desktop. The central server lives in sync/server;
the PC's engine in desktop/sync. No Qt."""
