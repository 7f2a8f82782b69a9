"""Token (PKCS#11) signatures on report PDFs: the device, PAdES, and trusted roots."""
