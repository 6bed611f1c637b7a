"""Character census of a generated multilingual-ish text: classifies every character
(letters, digits, spaces, punctuation, upper and lower case, vowels), counts letter
frequencies case-insensitively, finds the longest runs of digits and of capitals,
applies a Caesar shift and a case swap, and validates identifiers and numbers.

Stands for text-cleaning and validation code that walks strings character by
character: str.isdigit/isalpha/isspace/isupper/islower/isalnum, upper/lower, ord/chr,
membership tests in a string of vowels, dict counters keyed by characters, building
results with list.append and str.join. main(n) generates a text of n words and returns
the census.
"""

TIME_N = 40000
INSTR_N = 3000

VOWELS = "aeiouyAEIOUY"
PUNCTUATION = ".,;:!?-()'\""


class Lcg:
    def __init__(self, seed):
        self.state = seed & 0x7FFFFFFF

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n


def make_text(n):
    rng = Lcg(21)
    letters = "etaoinshrdlucmfwypvbgkjqxz"
    accents = "éèàüöçñß"
    words = []
    for i in range(n):
        kind = rng.below(12)
        if kind == 0:
            words.append(str(rng.below(100000)))
        elif kind == 1:
            words.append("".join(letters[rng.below(26)] for _ in range(2 + rng.below(6))).upper())
        elif kind == 2:
            words.append("v%d.%d" % (rng.below(10), rng.below(30)))
        else:
            chars = []
            for _ in range(1 + rng.below(9)):
                k = rng.below(40)
                chars.append(accents[k % len(accents)] if k >= 36 else letters[min(k, rng.below(26))])
            word = "".join(chars)
            if rng.below(5) == 0:
                word = word.capitalize()
            words.append(word)
        if rng.below(8) == 0:
            words[-1] += PUNCTUATION[rng.below(len(PUNCTUATION))]
    return " ".join(words)


class Census:
    def __init__(self):
        self.classes = {"alpha": 0, "digit": 0, "space": 0, "punct": 0, "other": 0,
                        "upper": 0, "lower": 0, "vowel": 0, "non-ascii": 0}
        self.letters = {}
        self.longest_digits = ""
        self.longest_caps = ""

    def feed(self, text):
        classes = self.classes
        digits_run = []
        caps_run = []
        for ch in text:
            if ch.isalpha():
                classes["alpha"] += 1
                if ch.isupper():
                    classes["upper"] += 1
                    caps_run.append(ch)
                else:
                    if ch.islower():
                        classes["lower"] += 1
                    self.end_caps(caps_run)
                if ch in VOWELS:
                    classes["vowel"] += 1
                key = ch.lower()
                self.letters[key] = self.letters.get(key, 0) + 1
                self.end_digits(digits_run)
            elif ch.isdigit():
                classes["digit"] += 1
                digits_run.append(ch)
                self.end_caps(caps_run)
            else:
                if ch.isspace():
                    classes["space"] += 1
                elif ch in PUNCTUATION:
                    classes["punct"] += 1
                else:
                    classes["other"] += 1
                self.end_digits(digits_run)
                self.end_caps(caps_run)
            if ord(ch) > 127:
                classes["non-ascii"] += 1
        self.end_digits(digits_run)
        self.end_caps(caps_run)

    def end_digits(self, run):
        if run:
            if len(run) > len(self.longest_digits):
                self.longest_digits = "".join(run)
            run.clear()

    def end_caps(self, run):
        if run:
            if len(run) > len(self.longest_caps):
                self.longest_caps = "".join(run)
            run.clear()


def caesar(text, shift):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + shift) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)


def swap_case(text):
    return "".join(ch.lower() if ch.isupper() else ch.upper() for ch in text)


def valid_identifier(word):
    if not word or not (word[0].isalpha() or word[0] == "_"):
        return False
    for ch in word[1:]:
        if not (ch.isalnum() or ch == "_"):
            return False
    return True


def main(n):
    text = make_text(n)
    census = Census()
    census.feed(text)
    shifted = caesar(text, 3)
    back = caesar(shifted, 23)
    swapped = swap_case(text)
    words = text.split()
    identifiers = 0
    numbers = 0
    for w in words:
        if valid_identifier(w):
            identifiers += 1
        elif w.isdigit():
            numbers += 1
    top = sorted(census.letters.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
    return "%s | %s | %s %s | %d %d %s %d" % (
        " ".join("%s=%d" % kv for kv in census.classes.items()),
        " ".join("%s%d" % kv for kv in top),
        census.longest_digits, census.longest_caps,
        identifiers, numbers, back == text, sum(1 for a, b in zip(text, swapped) if a != b))
