"""Loopscope's ``httpx`` subset for the recorder: the dialect's own sources on the virtual
network of ``labnet`` (see there)."""

import labnet

labnet.load(globals(), 'httpx')
