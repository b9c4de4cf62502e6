import unittest
from gradescope_utils.autograder_utils.decorators import weight, number

import assignment  # copied from /autograder/submission


class TestAssignment(unittest.TestCase):
    @weight(2)
    @number("1.1")
    def test_mean(self):
        """mean() of a simple list"""
        self.assertAlmostEqual(assignment.mean([1, 2, 3, 4]), 2.5)

    @weight(3)
    @number("1.2")
    def test_median_even(self):
        """median() with an even number of elements"""
        self.assertAlmostEqual(assignment.median([4, 1, 3, 2]), 2.5)
