"""The outgoing register (sổ đăng ký văn bản đi): numbers, dates, who may issue, its forms."""
