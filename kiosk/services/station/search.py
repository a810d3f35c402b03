"""Search as you type and barcode look-up over the catalog, for the checkout station.

Choice (measured by `benchmarks/station.py` on 50,000 products x 2 variants): a prepared
in-memory table with rapidfuzz over the catalog's *word vocabulary*, not SQLite FTS5. FTS5
answers prefix queries fast but has no typo tolerance (its trigram tokenizer needs three
correct characters in a row and cannot rank by edit distance), and accents need a custom
tokenizer setting; a Levenshtein pass over the distinct words (a few thousand even for a large
catalog) costs a millisecond or two per query word in rapidfuzz's C++ and tolerates one typo
in a word of 4-6 letters and two from 7 on, also in the word being typed (its prefix).

How it works:

- every variant is one row ("Cappuccino (Large)"), rows are numbered in display order (name,
  then options), and each word of the name and the options, folded (accents removed,
  casefolded), has a posting list of row numbers in that order;
- each query word is matched against the vocabulary: exactly, as a prefix (bisect in the
  sorted words), or within its edit budget as a whole word or as a word's prefix; a row
  matches when every query word matches one of its words (AND), and scores the sum of the
  matches' qualities (exact > prefix > typo);
- SKU and barcode are codes, not words: they are kept out of the vocabulary, looked up
  exactly (`lookup_code`, the scanner's path: one dict access) and by prefix while typing.

The index is rebuilt from a `Catalog` snapshot (`SearchIndex.build`) whenever the menu syncs.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from kiosk.domain.catalog import Catalog, Product, Variant

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_CODE_JUNK = re.compile(r"[\s\-_./]+")
DEFAULT_LIMIT = 50
_PREFIX_LENGTHS = range(4, 13)  # typo-tolerant prefixes are indexed for words typed this long


def fold(text: str) -> str:
    """Casefolded, accents removed: "Crème Brûlée" -> "creme brulee"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def fold_code(code: str) -> str:
    """A SKU or barcode as compared: casefolded, without spaces, dashes, dots or slashes."""
    return _CODE_JUNK.sub("", code.strip()).casefold()


def typo_budget(length: int) -> int:
    """Edits tolerated in a query word: none up to 3 letters, 1 up to 6, then 2."""
    if length <= 3:
        return 0
    return 1 if length <= 6 else 2


class Quality(IntEnum):
    TYPO = 1
    PREFIX = 2
    EXACT = 3


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One sellable row: a product's variant, with what the result list shows."""

    product_id: str
    variant_id: str | None
    name: str
    options_text: str
    sku: str | None
    barcode: str | None
    price_minor: int
    available: bool
    score: int = 0


@dataclass(frozen=True, slots=True)
class _Row:
    product: Product
    variant: Variant

    def hit(self, score: int) -> SearchHit:
        v = self.variant
        return SearchHit(
            product_id=self.product.id,
            variant_id=v.id,
            name=self.product.name,
            options_text=", ".join(value for _, value in v.options),
            sku=v.sku or self.product.sku,
            barcode=v.barcode,
            price_minor=v.price_minor,
            available=v.available,
            score=score,
        )


class SearchIndex:
    """The prepared table; see the module docstring. Immutable once built."""

    def __init__(self, rows: list[_Row]) -> None:
        rows.sort(key=lambda r: (fold(r.product.name), [fold(v) for _, v in r.variant.options]))
        self._rows = rows
        postings: dict[str, list[int]] = {}
        self._row_words: list[frozenset[str]] = []
        self._codes: dict[str, int] = {}
        code_list: list[tuple[str, int]] = []
        for number, row in enumerate(rows):
            text = " ".join([row.product.name, *(v for _, v in row.variant.options)])
            row_words = frozenset(words(text))
            self._row_words.append(row_words)
            for word in row_words:
                postings.setdefault(word, []).append(number)
            for code in (row.variant.barcode, row.variant.sku):
                if code and (folded := fold_code(code)):
                    self._codes.setdefault(folded, number)
                    code_list.append((folded, number))
        self._postings = postings
        self._vocab = sorted(postings)
        self._code_list = sorted(code_list)
        self._code_keys = [c for c, _ in self._code_list]
        prefixes: dict[int, dict[str, list[str]]] = {n: {} for n in _PREFIX_LENGTHS}
        for word in self._vocab:
            for n in _PREFIX_LENGTHS:
                if len(word) > n:
                    prefixes[n].setdefault(word[:n], []).append(word)
        self._prefixes = prefixes
        self._prefix_keys = {n: list(table) for n, table in prefixes.items()}

    @classmethod
    def build(cls, catalog: Catalog | Iterable[Product]) -> SearchIndex:
        products = catalog.products if isinstance(catalog, Catalog) else catalog
        return cls([_Row(p, v) for p in products for v in p.variants])

    def __len__(self) -> int:
        return len(self._rows)

    @property
    def vocabulary_size(self) -> int:
        return len(self._vocab)

    # -- codes --------------------------------------------------------------------------------

    def lookup_code(self, code: str) -> SearchHit | None:
        """The variant whose barcode (first) or SKU is exactly `code`, or None."""
        number = self._codes.get(fold_code(code))
        return None if number is None else self._rows[number].hit(int(Quality.EXACT))

    def _code_prefix(self, folded: str, limit: int) -> list[int]:
        start = bisect_left(self._code_keys, folded)
        found: list[int] = []
        for key, number in self._code_list[start:]:
            if not key.startswith(folded) or len(found) >= limit:
                break
            if number not in found:
                found.append(number)
        return found

    # -- words --------------------------------------------------------------------------------

    def _matches(self, word: str) -> dict[str, Quality]:
        """Vocabulary words `word` stands for, with how well."""
        found: dict[str, Quality] = {}
        start = bisect_left(self._vocab, word)
        for candidate in self._vocab[start:]:
            if not candidate.startswith(word):
                break
            found[candidate] = Quality.EXACT if candidate == word else Quality.PREFIX
        budget = typo_budget(len(word))
        if budget:
            for candidate, _dist, _i in process.extract(
                word,
                self._vocab,
                scorer=Levenshtein.distance,
                score_cutoff=budget,
                limit=None,
            ):
                found.setdefault(candidate, Quality.TYPO)
            n = len(word)
            if n in self._prefixes:  # the word being typed, with a typo in it
                table = self._prefixes[n]
                for prefix, _dist, _i in process.extract(
                    word,
                    self._prefix_keys[n],
                    scorer=Levenshtein.distance,
                    score_cutoff=budget,
                    limit=None,
                ):
                    for candidate in table[prefix]:
                        found.setdefault(candidate, Quality.TYPO)
        return found

    def search(self, query: str, *, limit: int = DEFAULT_LIMIT) -> list[SearchHit]:
        """Rows matching every word of `query` (or a SKU/barcode prefix), best first."""
        query_words = words(query)
        scored: dict[int, int] = {}
        folded_code = fold_code(query)
        if folded_code and " " not in query.strip() and any(ch.isdigit() for ch in folded_code):
            for rank, number in enumerate(self._code_prefix(folded_code, limit)):
                scored[number] = 10_000 - rank  # a code typed in full or in part wins
        if query_words:
            for number, score in self._word_search(query_words, limit):
                scored.setdefault(number, score)
        best = sorted(scored.items(), key=lambda item: (-item[1], item[0]))[:limit]
        return [self._rows[number].hit(score) for number, score in best]

    def _word_search(self, query_words: list[str], limit: int) -> list[tuple[int, int]]:
        matches = [self._matches(word) for word in dict.fromkeys(query_words)]
        if any(not m for m in matches):
            return []
        sizes = [sum(len(self._postings[w]) for w in m) for m in matches]
        driver_at = min(range(len(matches)), key=sizes.__getitem__)
        driver = matches[driver_at]
        others = [m for i, m in enumerate(matches) if i != driver_at]
        results: dict[int, int] = {}
        # The driver's words best first; postings are in display order, so stopping once a
        # quality tier has filled the page keeps the best rows without scoring them all.
        for tier in (Quality.EXACT, Quality.PREFIX, Quality.TYPO):
            if len(results) >= limit:
                break
            for word in (w for w, q in driver.items() if q is tier):
                for number in self._postings[word]:
                    if number in results:
                        continue
                    row_words = self._row_words[number]
                    score = int(tier)
                    for other in others:
                        best = max((other[w] for w in row_words if w in other), default=None)
                        if best is None:
                            break
                        score += int(best)
                    else:
                        results[number] = score
                        if len(results) >= limit * 4:
                            break
                if len(results) >= limit * 4:
                    break
        return list(results.items())
