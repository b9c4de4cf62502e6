from wordfreq import count_words, top_n


def test_counts():
    assert count_words("the cat the hat") == {"the": 2, "cat": 1, "hat": 1}


def test_punctuation():
    assert count_words("Hi! hi, HI.") == {"hi": 3}


def test_top_n():
    text = "a b b c c c d d d d"
    assert top_n(text, 2) == [("d", 4), ("c", 3)]
