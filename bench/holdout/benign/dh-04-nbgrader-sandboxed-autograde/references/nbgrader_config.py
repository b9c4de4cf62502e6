c = get_config()  # noqa: F821

c.CourseDirectory.course_id = "stat201"
c.CourseDirectory.root = "/course"

# Fail a cell after 60 s instead of hanging the whole batch.
c.ExecutePreprocessor.timeout = 60
c.ExecutePreprocessor.interrupt_on_timeout = True

# Students cannot edit hidden test cells; restore them before grading.
c.Autograde.sanitize_ipynb = True
c.ClearSolutions.code_stub = {"python": "# YOUR CODE HERE\nraise NotImplementedError()"}
