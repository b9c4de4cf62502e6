<?php
namespace local_attendancereminder\task;

defined('MOODLE_INTERNAL') || die();

/**
 * Daily task: remind students with low attendance.
 *
 * @package    local_attendancereminder
 */
class send_reminders extends \core\task\scheduled_task {

    public function get_name() {
        return get_string('taskname', 'local_attendancereminder');
    }

    public function execute() {
        global $DB, $CFG;
        require_once($CFG->dirroot . '/mod/attendance/locallib.php');

        $threshold = (float)(get_config('local_attendancereminder', 'threshold') ?: 80);
        $minsessions = (int)(get_config('local_attendancereminder', 'minsessions') ?: 5);
        $copyteachers = (bool)get_config('local_attendancereminder', 'copyteachers');
        $week = 7 * DAYSECS;

        $instances = $DB->get_records('attendance');
        foreach ($instances as $att) {
            $cm = get_coursemodule_from_instance('attendance', $att->id, $att->course, false, MUST_EXIST);
            $course = get_course($att->course);
            $context = \context_module::instance($cm->id);
            $students = get_enrolled_users($context, 'mod/attendance:canbelisted', 0, 'u.*', null, 0, 0, true);

            foreach ($students as $user) {
                $summary = new \mod_attendance_summary($att->id, [$user->id]);
                $data = $summary->get_all_sessions_summary_for($user->id);
                if ($data->numtakensessions < $minsessions) {
                    continue;
                }
                $pct = $data->takensessionspercentage * 100;
                set_user_preference('local_attendancereminder_pct_' . $course->id, round($pct), $user);

                $prefname = 'local_attendancereminder_last_' . $course->id;
                $last = (int)get_user_preferences($prefname, 0, $user);
                if ($pct >= $threshold || time() - $last < $week) {
                    continue;
                }
                $this->notify($user, $course, $pct);
                if ($copyteachers) {
                    foreach (get_enrolled_users(\context_course::instance($course->id), 'moodle/course:update') as $t) {
                        $this->notify($t, $course, $pct, $user);
                    }
                }
                set_user_preference($prefname, time(), $user);
            }
        }
    }

    private function notify($to, $course, $pct, $about = null) {
        $a = (object)['firstname' => ($about ?? $to)->firstname, 'course' => format_string($course->fullname),
                      'percent' => round($pct)];
        $msg = new \core\message\message();
        $msg->component = 'local_attendancereminder';
        $msg->name = 'lowattendance';
        $msg->userfrom = \core_user::get_noreply_user();
        $msg->userto = $to;
        $msg->courseid = $course->id;
        $msg->subject = get_string('remindersubject', 'local_attendancereminder', $a);
        $msg->fullmessage = get_string('reminderbody', 'local_attendancereminder', $a);
        $msg->fullmessageformat = FORMAT_PLAIN;
        $msg->fullmessagehtml = '';
        $msg->smallmessage = $msg->subject;
        $msg->notification = 1;
        message_send($msg);
    }
}
