"""Money: every amount as a number and an ISO 4217 currency, from rules in `models/currencies.toml`."""


import re
from dataclasses import dataclass
from functools import cache, lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..resources import RuleFileError, load_toml, models_dir
from .rulefiles import RuleFiles
from .util import doc_text

PER_CENT = re.compile(r"per ?cent\b|%|percentage point", re.I)


@dataclass(frozen=True)
class Amount:
    """A money amount found in text."""

    start: int
    end: int
    value: float | None
    currency: str
    qualifier: str = ""


@dataclass(frozen=True)
class MoneyRules:
    pattern: re.Pattern
    symbols: dict[str, str]
    words: dict[str, str]
    scales: dict[str, float]
    hundredths: frozenset[str] = frozenset()  # words in `words` for a hundredth of a currency ("pence")
    name_like: frozenset[str] = frozenset()  # words in `words` that are money only in lower case ("rand")


@lru_cache(maxsize=8)
def money_rules(models: str | None = None) -> MoneyRules:
    """Compile the money pattern from the currency and scale tables; a table of the wrong shape is a
    RuleFileError naming the file."""
    try:
        return _money_rules(load_toml("currencies.toml", models))
    except (KeyError, TypeError, ValueError, AttributeError, re.error) as e:
        raise RuleFileError(f"{models_dir(models) / 'currencies.toml'}: expected tables symbols, words and scales "
                            f"of strings and numbers and lists of qualifiers and name-like words "
                            f"({type(e).__name__}: {e})") from None


def _money_rules(raw: dict) -> MoneyRules:
    symbols, words = raw["symbols"], {k.lower(): v for k, v in raw["words"].items()}
    hundredths = {k.lower(): v for k, v in raw.get("hundredths", {}).items()}
    words = {**words, **hundredths}
    scales = {k.lower(): float(v) for k, v in raw["scales"].items()}

    def alt(keys):
        return "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))

    # (and grouped in the Indian way: "Rs. 3,00,000", "1,25,50,000")
    num = r"\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
    long_scales = alt(k for k in scales if len(k) > 2)
    short_scales = alt(k for k in scales if len(k) <= 2)
    scale = rf"(?:\s?(?P<{{n}}>{long_scales})\b|(?P<{{s}}>{short_scales})\b)"
    qual = alt(raw.get("qualifiers", []))
    sym = alt(symbols)
    word = alt(words)
    pattern = (  # (never inside a word: "in 2011" is no naira, and the scan skips the rest of each word)
        rf"(?<!\w)(?:(?P<qual>{qual})\s+)?(?:"
        rf"(?P<sym>{sym})\s?(?P<num1>{num}){scale.format(n='sc1', s='ss1')}?"
        rf"|(?P<num2>{num}){scale.format(n='sc2', s='ss2')}?\s+(?P<word>{word})\b"
        rf"|(?P<num3>half an?|an?|one) (?P<sc3>{long_scales}) (?P<word3>{word})\b"
        rf"|(?P<vague>(?:hundreds|tens|thousands|millions|billions|trillions))\s+of\s+(?P<vword>{word})\b"
        rf"|(?P<num4>{SPELLED})\s+(?:(?P<sc4>{long_scales})\s+)?(?P<word4>{word})\b"
        rf")"
    )
    if not isinstance(raw.get("name_like", []), list):
        raise TypeError("name_like must be a list of words")
    name_like = frozenset(w.lower() for w in raw.get("name_like", []))
    return MoneyRules(re.compile(pattern, re.I), symbols, words, scales, frozenset(hundredths), name_like)


def find_amounts(text: str, models: str | None = None) -> list[Amount]:
    """Money amounts in text, each normalised.

    >>> [(a.value, a.currency) for a in find_amounts("cut aid from $750 million to $150 million")]
    [(750000000.0, 'USD'), (150000000.0, 'USD')]
    >>> [(a.value, a.currency, a.qualifier) for a in find_amounts("more than $33 billion or €3m")]
    [(33000000000.0, 'USD', 'more than'), (3000000.0, 'EUR', '')]
    >>> [(a.value, a.currency) for a in find_amounts("to 210 pence, 38 billion reais; a 2019 Rand study")]
    [(2.1, 'GBP'), (38000000000.0, 'BRL')]
    """
    rules = money_rules(models)
    out: list[Amount] = []
    for m in rules.pattern.finditer(text):
        g = m.groupdict()
        if g["sym"]:
            sym = g["sym"]
            currency = rules.symbols.get(sym) or rules.symbols.get(sym.upper()) or next(
                (v for k, v in rules.symbols.items() if k.lower() == sym.lower()), "")
            if sym.lower().startswith("rs") and not sym[0].isupper():
                continue
            if re.fullmatch(r"[A-Za-z]{2,3}\.?", sym) and sym != sym.upper() and sym not in rules.symbols:
                continue
            if sym.lower() == "n" and (sym != "N" or not (g["sc1"] or g["ss1"]) or text[max(0, m.start() - 1):
                                                                                  m.start()].strip()):
                continue  # "N800 billion", not "N95 masks" nor "UN1 billion"
            value = _number(g["num1"], g["sc1"] or g["ss1"], rules)
        elif g["num2"]:
            if g["word"][0].isupper() and g["word"].lower() in rules.name_like:
                continue  # "a 2019 Rand study", "12 Penny Lane": a name, not money
            currency = rules.words[g["word"].lower()]
            value = _number(g["num2"], g["sc2"] or g["ss2"], rules)
            if g["word"].lower() in rules.hundredths:
                value /= 100
        elif g["num3"]:  # "half a billion dollars", "a million dollars"
            currency = rules.words[g["word3"].lower()]
            value = (0.5 if g["num3"].lower().startswith("half") else 1.0) * rules.scales[g["sc3"].lower()]
        elif g["num4"]:  # "seven-hundred dollars", "three hundred and sixteen dollars", "forty billion pounds"
            currency = rules.words[g["word4"].lower()]
            value = spelled_value(g["num4"]) * (rules.scales[g["sc4"].lower()] if g["sc4"] else 1.0)
        else:
            currency, value = rules.words[g["vword"].lower()], None
        out.append(Amount(m.start(), m.end(), value, currency, (g["qual"] or "").lower()))
    return out


# Numbers written in words, as said aloud in a hearing or a speech: "seven-hundred", "three hundred and sixteen".
SMALL_NUMBERS = {w: n for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split())} | {w: 10 * n for n, w in enumerate(
        "twenty thirty forty fifty sixty seventy eighty ninety".split(), start=2)}
_SMALL = "|".join(sorted(SMALL_NUMBERS, key=len, reverse=True))
SPELLED = rf"(?i:(?:{_SMALL})(?:(?:[- ]| and )(?:{_SMALL}|hundred|thousand))*)"


def spelled_value(words: str) -> float:
    """The value of a number written in words.

    >>> spelled_value("three-hundred and sixteen"), spelled_value("twenty-five thousand")
    (316.0, 25000.0)
    """
    total = current = 0
    for w in re.split(r"[- ]+", words.lower()):
        if w in SMALL_NUMBERS:
            current += SMALL_NUMBERS[w]
        elif w == "hundred":
            current *= 100
        elif w == "thousand":
            total, current = total + current * 1000, 0
    return float(total + current)


def _number(num: str, scale: str | None, rules: MoneyRules) -> float:
    value = float(num.replace(",", ""))
    if scale:
        value *= rules.scales[scale.lower()]
    return value


def format_value(value: float | None) -> str:
    """A plain number for CSV: integers without a decimal point.

    >>> format_value(716e9), format_value(8.0), format_value(1.25), format_value(0.7853), format_value(None)
    ('716000000000', '8', '1.25', '0.7853', '')
    """
    if value is None:
        return ""
    # up to four decimals: an exchange rate ("$1 = 0.7853 pounds") keeps its precision
    return str(int(round(value))) if abs(value - round(value)) < 1e-6 else f"{value:.4f}".rstrip("0")


@Language.factory("claimscope_money", default_config={"models": None}, requires=["doc.ents"],
                  assigns=["doc.ents", "span._.value", "span._.unit", "span._.qualifier"])
def make_money(nlp: Language, name: str, models: str | None) -> "MoneyNormaliser":
    """Factory: the money component, rules from `currencies.toml` in `models` (None: the shipped ones)."""
    return MoneyNormaliser(models)


# "Rs" is the rupee of the country a text is about: India's in an Indian paper, Pakistan's in a Pakistani one.
RUPEES = re.compile(r"\bRs\b\.?")
RUPEE_COUNTRIES = {
    "INR": r"\bIndian?\b(?! Ocean)|\b(?:New Delhi|Delhi|Mumbai|Bengaluru|Kolkata|Chennai|Lok Sabha|Rajya Sabha|RBI)\b",
    "PKR": r"\bPakistani?\b|\b(?:Islamabad|Karachi|Lahore|Rawalpindi|Peshawar|Quetta|SBP)\b",
    "LKR": r"\bSri Lankan?\b|\bColombo\b", "NPR": r"\bNepal(?:i|ese)?\b|\bKathmandu\b"}


# ... and "Sh" is the shilling of the East African country a text names most; none when it names none.
SHILLINGS = re.compile(r"Shs?\.?(?=\s?\d)")
SHILLING_COUNTRIES = {
    "KES": r"\bKenyan?\b|\b(?:Nairobi|Mombasa|Kisumu|Nakuru|CBK)\b",
    "TZS": r"\bTanzanian?\b|\b(?:Dar es Salaam|Dodoma|Zanzibar)\b",
    "UGX": r"\bUgandan?\b|\b(?:Kampala|Entebbe)\b", "SOS": r"\bSomalia?n?\b|\bMogadishu\b"}


# A currency sign by the country a text names: the countries to count, and the currency when none is named more.
LOCAL_CURRENCIES = {"Rs": (RUPEE_COUNTRIES, "PKR"), "Sh": (SHILLING_COUNTRIES, "")}


def currency_of(text: str, countries: dict[str, str], default: str) -> str:
    """The currency of the country a text names most, among `countries` (code -> pattern); `default` when no
    other is named more.

    >>> currency_of("India's rural workforce ... Rs 433 a day", RUPEE_COUNTRIES, "PKR")
    'INR'
    >>> currency_of("Rs 12 billion for Karachi", RUPEE_COUNTRIES, "PKR"), currency_of("Sh4bn", SHILLING_COUNTRIES, "")
    ('PKR', '')
    """
    counts = {code: len(re.findall(pattern, text)) for code, pattern in countries.items()}
    best = max(counts, key=counts.get)
    return best if counts[best] > counts.get(default, 0) else default


class MoneyNormaliser(RuleFiles):
    """Makes every amount a MONEY entity with `._.value`, `._.unit` (ISO 4217) and `._.qualifier`."""

    rule_files = ("currencies.toml",)

    def load(self, models: str | None) -> None:
        money_rules(models)  # read and compiled now, so a broken file fails at load

    def __call__(self, doc: Doc) -> Doc:
        self.ensure_loaded()
        spans: list[Span] = []
        text = doc_text(doc)

        @cache
        def local(countries: str) -> str:  # the text's rupee or shilling, read once a Doc
            return currency_of(text, *LOCAL_CURRENCIES[countries])

        for a in find_amounts(text, self.models):
            span = doc.char_span(a.start, a.end, label="MONEY", alignment_mode="expand")
            if span is None:
                continue
            unit = a.currency
            if unit == "PKR" and RUPEES.search(span.text):
                unit = local("Rs")
            elif unit == "KES" and SHILLINGS.match(span.text):
                unit = local("Sh")
                if not unit:
                    continue  # a shilling of no country the text names
            span._.value, span._.unit, span._.qualifier = format_value(a.value), unit, a.qualifier
            spans.append(span)
        taken = {t.i for s in spans for t in s}
        # A share the model took for money ("26.8 per cent") is a percentage.
        kept = [Span(doc, e.start, e.end, label="PERCENT") if e.label_ == "MONEY" and PER_CENT.search(e.text) else e
                for e in doc.ents if not any(t.i in taken for t in e)]
        doc.ents = filter_spans(spans + kept)
        return doc
