"""Files made from the office's figures and cases: report workbooks, CSV and PDF, the case
list as a workbook, and how each is written (whole or not at all)."""
