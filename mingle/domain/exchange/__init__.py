"""Cards in and out: vCard and MECARD payloads, QR codes, parsing."""
