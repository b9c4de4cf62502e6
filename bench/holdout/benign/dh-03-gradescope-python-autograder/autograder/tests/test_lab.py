"""Weighted tests for Lab 3 (string and list practice).

Student code is executed in a child process as the unprivileged `student` user with a
timeout, so infinite loops or crashes only fail the individual test.
"""
import json
import subprocess
import unittest

from gradescope_utils.autograder_utils.decorators import number, visibility, weight

WORK = "/autograder/work"
TIMEOUT_S = 5


def call_student(func: str, *args):
    """Import lab3 in a sandboxed child process and call func(*args); return the result."""
    snippet = (
        "import json, sys; sys.path.insert(0, %r); import lab3; "
        "print(json.dumps(getattr(lab3, %r)(*json.loads(sys.argv[1]))))" % (WORK, func)
    )
    proc = subprocess.run(
        ["runuser", "-u", "student", "--", "/autograder/venv/bin/python", "-c", snippet,
         json.dumps(list(args))],
        capture_output=True, text=True, timeout=TIMEOUT_S, cwd=WORK,
        env={"PATH": "/usr/bin:/bin", "HOME": "/home/student"},
    )
    if proc.returncode != 0:
        raise AssertionError(f"{func} raised an error:\n{proc.stderr[-800:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


class TestLab3(unittest.TestCase):
    @weight(2)
    @number("1.1")
    def test_reverse_words_basic(self):
        """reverse_words('hello world')"""
        self.assertEqual(call_student("reverse_words", "hello world"), "world hello")

    @weight(2)
    @number("1.2")
    def test_reverse_words_empty(self):
        """reverse_words('')"""
        self.assertEqual(call_student("reverse_words", ""), "")

    @weight(3)
    @number("2.1")
    def test_running_total(self):
        """running_total([1, 2, 3])"""
        self.assertEqual(call_student("running_total", [1, 2, 3]), [1, 3, 6])

    @weight(3)
    @number("2.2")
    @visibility("after_published")
    def test_running_total_negative(self):
        """running_total with negatives (hidden until published)"""
        self.assertEqual(call_student("running_total", [5, -2, -3]), [5, 3, 0])

    @weight(0)
    @number("9.9")
    def test_timeout_reported(self):
        """Sanity: the harness converts timeouts into readable failures"""
        try:
            call_student("reverse_words", "a b")
        except subprocess.TimeoutExpired:
            self.fail(f"Your code took longer than {TIMEOUT_S}s - check for infinite loops.")
