"""Files written a record at a time, so an export of any size holds one batch in memory."""

import csv
import json


class JsonLinesFile:
    """One JSON object a line, keys in the record's own order, UTF-8 as written."""

    def __init__(self, path):
        self.file = open(path, "w", encoding="utf-8", newline="\n")

    def write(self, record):
        self.file.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")

    def close(self):
        self.file.close()


class CsvFile:
    """RFC 4180 CSV (CRLF line ends, quoted where needed) with the columns' names first."""

    def __init__(self, path, columns):
        self.file = open(path, "w", encoding="utf-8", newline="")
        self.writer = csv.writer(self.file)
        self.writer.writerow([column.name for column in columns])

    def write(self, row):
        self.writer.writerow(row)

    def write_many(self, rows):
        self.writer.writerows(rows)

    def close(self):
        self.file.close()
