"""Reports as files: the year report's charts (matplotlib) and its DOCX (python-docx)."""
