"""What a reader types, understood: words, "quoted phrases" and speaker:"Name".

shipping code                 both words, anywhere in the document (stemmed)
"shipping safety code"        the words in this order
speaker:"Vera Anders" code    turns Vera Anders spoke that contain "code"
"""

import re
from dataclasses import dataclass, field

from .text import query_stems, stem, words

TOKEN = re.compile(r'(?P<speaker>speaker:(?:"[^"]*"?|\S+))|"(?P<phrase>[^"]*)"?|(?P<word>\S+)')
MAX_CLAUSES = 12  # a pasted paragraph is still a query, not a denial of service


@dataclass
class Query:
    text: str
    clauses: list = field(default_factory=list)  # each a list of words: one word or a phrase
    speakers: list = field(default_factory=list)

    @classmethod
    def parse(cls, text):
        query = cls(text=(text or "").strip())
        for match in TOKEN.finditer(query.text):
            if match.group("speaker"):
                name = match.group("speaker")[len("speaker:") :].strip('"').strip()
                if name:
                    query.speakers.append(name)
                continue
            found = words(match.group("phrase") or match.group("word") or "")
            if match.group("phrase") is not None and len(found) > 1:
                query.clauses.append(found)
            else:
                query.clauses += [[word] for word in found]
        query.clauses = query.clauses[:MAX_CLAUSES]
        return query

    def __bool__(self):
        return bool(self.clauses or self.speakers)

    def alternatives(self, languages):
        """Per clause, its stemmed forms in the languages searched: [[("ship",), …], …]."""
        result = []
        for clause in self.clauses:
            forms = [tuple(stem(word, language) for word in clause) for language in languages]
            result.append(list(dict.fromkeys(forms)))
        return result

    def stems(self, languages):
        """Every stem of every word, for highlighting."""
        words = [word for clause in self.clauses for word in clause]
        return {form for word in words for form in query_stems(word, languages)}
