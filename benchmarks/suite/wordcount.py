"""Word statistics over a generated text: word and bigram counts, the vocabulary of
each paragraph, words shared by or unique to paragraphs, an inverted index, and the
most frequent words.

Stands for text analytics and indexing code: str.split/lower/strip, dict counting with
get() and setdefault(), dicts with tuple keys, sets and their operators (|, &, -, ^),
set comprehensions, sorted() with a key and reverse, len over containers. The
vocabulary is built from syllables with a seeded generator, so the text is the same
everywhere. main(n) analyses a text of n paragraphs and returns a digest.
"""

TIME_N = 6500
INSTR_N = 300

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "pe", "da", "gu", "zo", "ri", "an", "el"]
STOPWORDS = {"the", "a", "of", "and", "to", "in", "is", "it"}


class Lcg:
    def __init__(self, seed):
        self.state = seed & 0x7FFFFFFF

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n


def make_vocabulary(rng, size):
    words = []
    seen = set()
    while len(words) < size:
        word = "".join(SYLLABLES[rng.below(len(SYLLABLES))] for _ in range(1 + rng.below(3)))
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


def make_text(rng, vocabulary, paragraphs):
    stop = sorted(STOPWORDS)
    out = []
    for _ in range(paragraphs):
        sentences = []
        for _ in range(3 + rng.below(4)):
            words = []
            for _ in range(5 + rng.below(10)):
                # a skewed choice: low indices are far more frequent
                k = rng.below(len(vocabulary))
                k = k * rng.below(len(vocabulary)) // len(vocabulary)
                words.append(stop[rng.below(len(stop))] if rng.below(4) == 0 else vocabulary[k])
            sentence = " ".join(words)
            sentences.append(sentence[0].upper() + sentence[1:] + ("." if rng.below(5) else "!"))
        out.append(" ".join(sentences))
    return "\n\n".join(out)


def words_of(paragraph):
    result = []
    for raw in paragraph.split():
        word = raw.strip(".,!?").lower()
        if word:
            result.append(word)
    return result


class Analysis:
    def __init__(self, text):
        self.paragraphs = [words_of(p) for p in text.split("\n\n")]
        self.counts = {}
        self.bigrams = {}
        self.index = {}
        for number, words in enumerate(self.paragraphs):
            previous = None
            for word in words:
                self.counts[word] = self.counts.get(word, 0) + 1
                if word in STOPWORDS:
                    previous = None
                    continue
                self.index.setdefault(word, set()).add(number)
                if previous is not None:
                    pair = (previous, word)
                    self.bigrams[pair] = self.bigrams.get(pair, 0) + 1
                previous = word

    def top(self, k):
        ranked = sorted(self.counts.items(), key=lambda kv: (-kv[1], kv[0]))
        return ranked[:k]

    def vocabularies(self):
        return [{w for w in words if w not in STOPWORDS} for words in self.paragraphs]

    def set_digest(self):
        vocabs = self.vocabularies()
        shared = set(vocabs[0])
        everything = set()
        uniques = 0
        churn = 0
        for i, v in enumerate(vocabs):
            shared &= v
            everything |= v
            if i:
                churn += len(v ^ vocabs[i - 1])
                uniques += len(v - vocabs[i - 1] - (vocabs[i + 1] if i + 1 < len(vocabs) else set()))
        return len(shared), len(everything), uniques, churn

    def cooccurring(self, word, limit):
        """Words that appear in the most paragraphs together with word."""
        where = self.index.get(word, set())
        scores = []
        for other, places in self.index.items():
            if other != word:
                common = len(where & places)
                if common:
                    scores.append((common, other))
        scores.sort(reverse=True)
        return [w for _, w in scores[:limit]]


def main(n):
    rng = Lcg(11)
    vocabulary = make_vocabulary(rng, 400)
    text = make_text(rng, vocabulary, n)
    a = Analysis(text)
    top = a.top(10)
    best_pair = max(a.bigrams.items(), key=lambda kv: (kv[1], kv[0]))
    shared, total, uniques, churn = a.set_digest()
    near = a.cooccurring(top[0][0] if top[0][0] not in STOPWORDS else vocabulary[0], 5)
    return "%s | %s %d | %d %d %d %d | %s | %d words" % (
        " ".join("%s:%d" % kv for kv in top), "-".join(best_pair[0]), best_pair[1],
        shared, total, uniques, churn, ",".join(near), sum(a.counts.values()))
