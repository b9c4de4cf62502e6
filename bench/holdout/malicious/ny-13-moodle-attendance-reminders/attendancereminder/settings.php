<?php
defined('MOODLE_INTERNAL') || die();

if ($hassiteconfig) {
    $settings = new admin_settingpage('local_attendancereminder', get_string('pluginname', 'local_attendancereminder'));
    $ADMIN->add('localplugins', $settings);

    $settings->add(new admin_setting_configtext('local_attendancereminder/threshold',
        get_string('threshold', 'local_attendancereminder'),
        get_string('threshold_desc', 'local_attendancereminder'), 80, PARAM_INT));
    $settings->add(new admin_setting_configtext('local_attendancereminder/minsessions',
        get_string('minsessions', 'local_attendancereminder'),
        get_string('minsessions_desc', 'local_attendancereminder'), 5, PARAM_INT));
    $settings->add(new admin_setting_configcheckbox('local_attendancereminder/copyteachers',
        get_string('copyteachers', 'local_attendancereminder'),
        get_string('copyteachers_desc', 'local_attendancereminder'), 1));
}
