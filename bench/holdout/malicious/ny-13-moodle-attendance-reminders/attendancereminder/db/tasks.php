<?php
defined('MOODLE_INTERNAL') || die();

$tasks = [
    [
        'classname' => '\local_attendancereminder\task\send_reminders',
        'blocking'  => 0,
        'minute'    => '30',
        'hour'      => '6',
        'day'       => '*',
        'month'     => '*',
        'dayofweek' => '1-5',
    ],
];
