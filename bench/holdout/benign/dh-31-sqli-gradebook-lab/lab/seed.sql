CREATE TABLE users (username TEXT PRIMARY KEY, password TEXT, role TEXT);
CREATE TABLE courses (course TEXT, teacher TEXT, room TEXT);
CREATE TABLE grades (id INTEGER PRIMARY KEY, student TEXT, course TEXT, grade TEXT, comment TEXT);
INSERT INTO users VALUES ('student1','password1','student'),('student2','hunter2','student'),('teacher','Tr0ub4dor&3','teacher');
INSERT INTO courses VALUES ('Chemistry','Ms Okafor','B12'),('History','Mr Lindqvist','A3'),('Algebra II','Ms Reyes','C7');
INSERT INTO grades (student, course, grade) VALUES ('student1','Chemistry','C-'),('student1','History','B'),('student2','Algebra II','A');
