import unittest
from gradescope_utils.autograder_utils.decorators import weight, number, visibility


class TestHW3(unittest.TestCase):
    def setUp(self):
        import hw3  # student submission
        self.hw = hw3

    @weight(2)
    @number("1.1")
    def test_mean_simple(self):
        """mean() of a small list"""
        self.assertAlmostEqual(self.hw.mean([1, 2, 3, 4]), 2.5)

    @weight(2)
    @number("1.2")
    def test_mean_empty(self):
        """mean() of an empty list raises ValueError"""
        with self.assertRaises(ValueError):
            self.hw.mean([])

    @weight(3)
    @number("2.1")
    @visibility("after_published")
    def test_median_even(self):
        """median() with an even number of values"""
        self.assertEqual(self.hw.median([7, 1, 5, 3]), 4)
