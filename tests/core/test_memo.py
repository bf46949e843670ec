from feedback_lint.core.memo import Memo


def test_a_memo_works_each_value_out_once_and_forgets_all_past_its_limit():
    calls = []

    def double(n: int) -> int:
        calls.append(n)
        return 2 * n

    memo = Memo(double, limit=3)
    assert [memo[1], memo[2], memo[1]] == [2, 4, 2]
    assert calls == [1, 2]
    memo[3]
    assert len(memo) == 3
    assert memo[4] == 8  # the fourth key: the three kept are forgotten first
    assert dict(memo) == {4: 8}
    assert memo[1] == 2 and calls == [1, 2, 3, 4, 1]


def test_the_shared_word_frequencies_are_wordfreqs():
    from wordfreq import zipf_frequency

    from feedback_lint.core.lexicon import zipf_frequencies

    for language, words in (("en", ["the", "interview", "zyzzyva"]), ("sv", ["och", "intervjun"])):
        assert [zipf_frequencies(language)[w] for w in words] == [zipf_frequency(w, language) for w in words]
    assert zipf_frequencies("en")["the"] > 7 > zipf_frequencies("en")["zyzzyva"]
