<?php
defined('MOODLE_INTERNAL') || die();

$string['pluginname'] = 'Term tools';
